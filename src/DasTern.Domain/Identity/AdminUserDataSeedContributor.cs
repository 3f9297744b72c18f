using DasTern.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DasTern.Identity;

/// <summary>
/// Creates the admin account once. An existing account keeps the password its owner chose, except
/// the development default: a database seeded in Development gets the configured password as soon
/// as the migrator runs with another one, so the well-known default never reaches production. The
/// configured password must meet the same policy as everyone's, so a weak one stops the migrator.
/// </summary>
public sealed class AdminUserDataSeedContributor(
    UserManager<AppUser> userManager,
    IOptions<AdminUserOptions> options,
    TimeProvider timeProvider) : IDataSeedContributor
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var user = await userManager.FindByEmailAsync(settings.Email);
        if (user is null)
        {
            user = new AppUser(settings.Email, settings.Email, timeProvider.GetUtcNow()) { EmailConfirmed = true };
            user.SetName("System", "Administrator");
            var created = await userManager.CreateAsync(user, settings.Password);
            if (created.Errors.Any(error => error.Code.StartsWith("Password", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(
                    "Admin:Password does not meet the password policy: " + string.Join(" ", created.Errors.Select(error => error.Description)));
            }

            IdentityResults.ThrowIfFailed(created);
        }
        else if (settings.Password != AdminUserOptions.DevelopmentPassword && await userManager.CheckPasswordAsync(user, AdminUserOptions.DevelopmentPassword))
        {
            IdentityResults.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
            IdentityResults.ThrowIfFailed(await userManager.AddPasswordAsync(user, settings.Password));
        }

        if (!await userManager.IsInRoleAsync(user, RoleNames.Admin))
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Admin));
        }
    }
}
