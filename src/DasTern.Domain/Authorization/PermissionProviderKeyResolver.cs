using DasTern.Authorization.Permissions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Modularity;
using DasTern.PermissionManagement;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace DasTern.Authorization;

/// <summary>
/// A grant is only worth storing for a role, user or client that exists, under the key its tokens
/// carry: a grant for a name nobody holds yet would pass to whatever later takes that name.
/// </summary>
public sealed class PermissionProviderKeyResolver(
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IOpenIddictApplicationManager applications) : IScopedDependency
{
    /// <summary>The key as grants are stored under it (a role's exact name, a user id's canonical form); 404 when nobody has it.</summary>
    public async Task<string> ResolveAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var key = providerName switch
        {
            PermissionProviderNames.Role => (await roleManager.FindByNameAsync(providerKey))?.Name,
            PermissionProviderNames.User => Guid.TryParse(providerKey, out var id) && await userManager.FindByIdAsync(id.ToString()) is { } user
                ? user.Id.ToString()
                : null,
            PermissionProviderNames.Client => await applications.FindByClientIdAsync(providerKey, cancellationToken) is null ? null : providerKey,
            _ => throw new BusinessException(PermissionErrorCodes.ProviderUnknown, httpStatusCode: 404).WithData("ProviderName", providerName),
        };
        return key ?? throw new BusinessException(PermissionErrorCodes.ProviderKeyUnknown, httpStatusCode: 404)
            .WithData("ProviderName", providerName)
            .WithData("ProviderKey", providerKey);
    }
}
