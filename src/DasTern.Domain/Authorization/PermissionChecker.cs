using System.Security.Claims;
using DasTern.Authorization.Permissions;
using DasTern.Modularity;
using DasTern.Security;

namespace DasTern.Authorization;

/// <summary>
/// A permission is granted when the user, any of the user's roles, or the calling client holds
/// it. Undefined names are never granted.
/// </summary>
public sealed class PermissionChecker(IPermissionStore store, IPermissionDefinitionManager definitions) : IPermissionChecker, IScopedDependency
{
    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string name, CancellationToken cancellationToken = default)
    {
        if (definitions.Find(name) is null)
        {
            return false;
        }

        foreach (var (providerName, providerKey) in ProvidersOf(principal))
        {
            if ((await store.GetGrantedAsync(providerName, providerKey, cancellationToken)).Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (providerName, providerKey) in ProvidersOf(principal))
        {
            granted.UnionWith(await store.GetGrantedAsync(providerName, providerKey, cancellationToken));
        }

        granted.RemoveWhere(name => definitions.Find(name) is null);
        return granted;
    }

    private static IEnumerable<(string ProviderName, string ProviderKey)> ProvidersOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            yield break;
        }

        if (principal.FindFirst(DasTernClaimTypes.UserId)?.Value is { Length: > 0 } userId)
        {
            yield return (PermissionProviderNames.User, userId);
        }

        foreach (var role in principal.FindAll(DasTernClaimTypes.Role))
        {
            yield return (PermissionProviderNames.Role, role.Value);
        }

        if (principal.FindFirst(DasTernClaimTypes.ClientId)?.Value is { Length: > 0 } clientId)
        {
            yield return (PermissionProviderNames.Client, clientId);
        }
    }
}
