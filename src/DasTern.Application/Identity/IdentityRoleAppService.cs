using DasTern.Account;
using DasTern.ApplicationConfiguration;
using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.Dtos;
using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

[Authorize(IdentityPermissions.Roles.Default)]
public sealed class IdentityRoleAppService(
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    PermissionManager permissions,
    UserSessionRevoker sessions,
    ApplicationConfigurationCache configurationCache,
    PrivilegeCeiling privileges) : IIdentityRoleAppService
{
    public Task<ListResultDto<IdentityRoleDto>> GetListAsync() =>
        Task.FromResult(new ListResultDto<IdentityRoleDto>(roleManager.Roles.OrderBy(role => role.Name).AsEnumerable().Select(role => role.ToDto()).ToList()));

    [Authorize(IdentityPermissions.Roles.Create)]
    public async Task<IdentityRoleDto> CreateAsync(CreateIdentityRoleDto input)
    {
        var name = input.Name.Trim();
        await EnsureNameFreeAsync(name);
        var role = new AppRole(name, isStatic: false);
        IdentityResults.ThrowIfFailed(await roleManager.CreateAsync(role));
        return role.ToDto();
    }

    /// <summary>Renames a role; its permission grants follow it, and its members sign in again.</summary>
    [Authorize(IdentityPermissions.Roles.Update)]
    public async Task<IdentityRoleDto> UpdateAsync(Guid id, UpdateIdentityRoleDto input)
    {
        var role = await FindChangeableAsync(id);
        role.ExpectConcurrencyStamp(input.ConcurrencyStamp);

        var oldName = role.Name!;
        var newName = input.Name.Trim();
        if (newName != oldName)
        {
            await EnsureNameFreeAsync(newName);
            await EndMembersSessionsAsync(oldName);
            IdentityResults.ThrowIfFailed(await roleManager.SetRoleNameAsync(role, newName));
            IdentityResults.ThrowIfFailed(await roleManager.UpdateAsync(role));
            await permissions.RenameRoleAsync(oldName, newName);
        }

        return role.ToDto();
    }

    [Authorize(IdentityPermissions.Roles.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var role = await FindChangeableAsync(id);
        await privileges.EnsureCanDeleteRoleAsync(role.Name!);
        await EndMembersSessionsAsync(role.Name!);
        await permissions.DeleteAllAsync(PermissionProviderNames.Role, role.Name!);
        IdentityResults.ThrowIfFailed(await roleManager.DeleteAsync(role));
    }

    /// <summary>
    /// Tokens name the roles they were issued with; once a name is gone (or later given to a new
    /// role) a live token must not keep claiming it, nor a cached configuration show it.
    /// </summary>
    private async Task EndMembersSessionsAsync(string roleName)
    {
        foreach (var member in await userManager.GetUsersInRoleAsync(roleName))
        {
            await sessions.RevokeAllAsync(member.Id);
            configurationCache.DropAfterCommit(member.Id);
        }
    }

    private async Task<AppRole> FindChangeableAsync(Guid id)
    {
        var role = await roleManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppRole), id);
        if (role.IsStatic)
        {
            throw new BusinessException(IdentityErrorCodes.StaticRole).WithData("Name", role.Name);
        }

        return role;
    }

    private async Task EnsureNameFreeAsync(string name)
    {
        if (await roleManager.FindByNameAsync(name) is not null)
        {
            throw new BusinessException(IdentityErrorCodes.DuplicateRole, httpStatusCode: 409).WithData("Name", name);
        }
    }
}
