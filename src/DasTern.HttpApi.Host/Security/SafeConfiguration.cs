using DasTern.Identity;
using DasTern.OpenIddict;
using Microsoft.Extensions.Options;

namespace DasTern.Security;

public static class SafeConfiguration
{
    /// <summary>
    /// Outside Development the host refuses to start with a default or missing admin password, a
    /// development service client secret, or a database in which development credentials still work.
    /// </summary>
    public static void EnsureSafeConfiguration(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }

        var problem = app.Services.GetRequiredService<IOptions<AdminUserOptions>>().Value.ProblemOutsideDevelopment(isDevelopment: false)
            ?? app.Services.GetRequiredService<IOptions<OpenIddictSeedOptions>>().Value.ProblemOutsideDevelopment(isDevelopment: false)
            ?? DevelopmentCredentialsCheck.FindProblemAsync(app.Services, app.Logger).GetAwaiter().GetResult();
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
