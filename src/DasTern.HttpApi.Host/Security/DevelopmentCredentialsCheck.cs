using DasTern.Identity;
using DasTern.OpenIddict;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIddict.Abstractions;

namespace DasTern.Security;

/// <summary>
/// Outside Development, a database still holding the well-known development credentials (the admin
/// password, the service client secret) must not be served: configuration alone cannot tell, since
/// a database seeded in Development keeps them until the migrator runs with real ones.
/// </summary>
public static class DevelopmentCredentialsCheck
{
    public static async Task<string?> FindProblemAsync(IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            var admin = await provider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(provider.GetRequiredService<IOptions<AdminUserOptions>>().Value.Email);
            if (admin is not null && await provider.GetRequiredService<UserManager<AppUser>>().CheckPasswordAsync(admin, AdminUserOptions.DevelopmentPassword))
            {
                return "The admin account still has the development password. Run DasTern.DbMigrator with Admin:Password set.";
            }

            var applications = provider.GetRequiredService<IOpenIddictApplicationManager>();
            var serviceClient = await applications.FindByClientIdAsync(provider.GetRequiredService<IOptions<OpenIddictSeedOptions>>().Value.ServiceClientId);
            if (serviceClient is not null && await applications.ValidateClientSecretAsync(serviceClient, OpenIddictSeedOptions.DevelopmentServiceClientSecret))
            {
                return "The service client still has the development secret. Run DasTern.DbMigrator with OpenIddict:ServiceClientSecret set.";
            }
        }
        catch (NpgsqlException exception)
        {
            // Without the database nothing can be served anyway; the next start checks again.
            logger.LogWarning(exception, "The database could not be reached to check for development credentials");
        }

        return null;
    }
}
