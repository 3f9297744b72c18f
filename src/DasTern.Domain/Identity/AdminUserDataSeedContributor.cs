using DasTern.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DasTern.Identity;

/// <summary>
/// Creates the admin account once; an existing account's password is never overwritten. The
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
            user = new AppUser(settings.Email, settings.Email)
            {
                EmailConfirmed = true,
                FirstName = "System",
                LastName = "Administrator",
                CreationTime = timeProvider.GetUtcNow(),
            };
            var created = await userManager.CreateAsync(user, settings.Password);
            if (created.Errors.Any(error => error.Code.StartsWith("Password", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(
                    "Admin:Password does not meet the password policy: " + string.Join(" ", created.Errors.Select(error => error.Description)));
            }

            IdentityResults.ThrowIfFailed(created);
        }

        if (!await userManager.IsInRoleAsync(user, RoleNames.Admin))
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Admin));
        }
    }
}
