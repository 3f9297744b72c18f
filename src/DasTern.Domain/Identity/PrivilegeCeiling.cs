using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.ExceptionHandling;
using DasTern.Modularity;
using DasTern.Security;
using DasTern.Users;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// Nobody hands out, takes away or overrides more than they hold. Every change of roles, grants or a
/// user's standing asks here before it writes anything. The caller's permissions are those its token
/// carries (user, roles, client); those of the user, role or client being changed are read from the
/// database, not from the grant cache, so a grant made a moment ago on another instance counts.
/// </summary>
public sealed class PrivilegeCeiling(
    ICurrentPrincipalAccessor principalAccessor,
    ICurrentUser currentUser,
    IPermissionChecker permissionChecker,
    IPermissionGrantRepository grants,
    IPermissionDefinitionManager definitions,
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    TimeProvider timeProvider) : IScopedDependency
{
    /// <summary>Updating, activating or unlocking a user: allowed when the user holds nothing the caller lacks.</summary>
    public async Task EnsureCanManageAsync(AppUser user) =>
        EnsureOutranks(await CallerPermissionsAsync(), await PermissionsOfAsync(user));

    /// <summary>Deactivating or locking a user: as managing, and never the last active Admin.</summary>
    public async Task EnsureCanDisableAsync(AppUser user)
    {
        await EnsureCanManageAsync(user);
        await EnsureNotLastAdminAsync(user);
    }

    /// <summary>Giving roles to a new user: allowed when each role holds nothing the caller lacks.</summary>
    public async Task EnsureCanAssignAsync(IEnumerable<string> roles)
    {
        var caller = await CallerPermissionsAsync();
        foreach (var role in roles)
        {
            EnsureHolds(caller, await GrantsOfAsync(PermissionProviderNames.Role, role));
        }
    }

    /// <summary>Adding or removing roles of an existing user; nothing to check when nothing changes.</summary>
    public async Task EnsureCanChangeRolesAsync(AppUser user, IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed)
    {
        if (added.Count == 0 && removed.Count == 0)
        {
            return;
        }

        if (user.Id == currentUser.Id)
        {
            throw CannotChangeOwnPrivileges();
        }

        await EnsureCanManageAsync(user);
        await EnsureCanAssignAsync(added.Concat(removed));
        if (removed.Contains(RoleNames.Admin))
        {
            await EnsureNotLastAdminAsync(user);
        }
    }

    /// <summary>
    /// Granting or revoking <paramref name="names"/> for a role, user or client (<paramref name="providerKey"/> as grants
    /// are stored under it): never one's own, only of a holder that has nothing the caller lacks, and only what the caller holds.
    /// </summary>
    public async Task EnsureCanChangeGrantsAsync(string providerName, string providerKey, IReadOnlyCollection<string> names)
    {
        if ((providerName == PermissionProviderNames.User && providerKey == currentUser.Id?.ToString())
            || (providerName == PermissionProviderNames.Role && currentUser.IsInRole(providerKey)))
        {
            throw CannotChangeOwnPrivileges();
        }

        var caller = await CallerPermissionsAsync();
        var holder = providerName == PermissionProviderNames.User
            ? await PermissionsOfAsync(await userManager.FindByIdAsync(providerKey) ?? throw new EntityNotFoundException(typeof(AppUser), providerKey))
            : await GrantsOfAsync(providerName, providerKey);
        EnsureOutranks(caller, holder);
        EnsureHolds(caller, names);
    }

    /// <summary>Deleting a role takes its grants from every member, so it is allowed only as changing its grants would be.</summary>
    public Task EnsureCanDeleteRoleAsync(string roleName) => EnsureCanChangeGrantsAsync(PermissionProviderNames.Role, roleName, []);

    private async Task EnsureNotLastAdminAsync(AppUser user)
    {
        if (user.IsActive
            && !await userManager.IsLockedOutAsync(user)
            && await userManager.IsInRoleAsync(user, RoleNames.Admin)
            && !await users.AnyOtherActiveInRoleAsync(RoleNames.Admin, user.Id, timeProvider.GetUtcNow()))
        {
            throw new BusinessException(IdentityErrorCodes.LastAdmin);
        }
    }

    private Task<IReadOnlySet<string>> CallerPermissionsAsync() => permissionChecker.GetGrantedAsync(principalAccessor.Principal);

    /// <summary>A user's own grants and those of each of the user's roles.</summary>
    private async Task<HashSet<string>> PermissionsOfAsync(AppUser user)
    {
        var granted = await GrantsOfAsync(PermissionProviderNames.User, user.Id.ToString());
        foreach (var role in await userManager.GetRolesAsync(user))
        {
            granted.UnionWith(await GrantsOfAsync(PermissionProviderNames.Role, role));
        }

        return granted;
    }

    /// <summary>Grants of one holder that name a defined permission (a leftover of a removed definition grants nothing).</summary>
    private async Task<HashSet<string>> GrantsOfAsync(string providerName, string providerKey) =>
        (await grants.GetGrantedNamesAsync(providerName, providerKey)).Where(name => definitions.Find(name) is not null).ToHashSet(StringComparer.Ordinal);

    private static void EnsureOutranks(IReadOnlySet<string> caller, IEnumerable<string> holder)
    {
        if (!holder.All(caller.Contains))
        {
            throw new BusinessException(IdentityErrorCodes.HoldsMorePermissions, httpStatusCode: 403);
        }
    }

    private static void EnsureHolds(IReadOnlySet<string> caller, IEnumerable<string> names)
    {
        var missing = names.Where(name => !caller.Contains(name)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessException(IdentityErrorCodes.BeyondOwnPermissions, httpStatusCode: 403)
                .WithData("Names", string.Join(", ", missing));
        }
    }

    private static BusinessException CannotChangeOwnPrivileges() => new(IdentityErrorCodes.CannotChangeOwnPrivileges);
}
