using System.ComponentModel.DataAnnotations;
using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace DasTern.PermissionManagement;

/// <summary>
/// ABP's permission-management API; who may call it depends on the provider being managed, and what
/// the caller may change on the privilege ceiling (see <see cref="PrivilegeCeiling"/>).
/// </summary>
[Authorize(IdentityPermissions.PermissionManagement)]
public sealed class PermissionAppService(
    IPermissionDefinitionManager definitions,
    IPermissionStore store,
    PermissionManager manager,
    PermissionProviderKeyResolver keys,
    IPolicyChecker policyChecker,
    IStringLocalizer<DasTernResource> localizer) : IPermissionAppService
{
    public async Task<GetPermissionListResultDto> GetAsync(
        [Required, StringLength(8)] string providerName,
        [Required, StringLength(64)] string providerKey)
    {
        await CheckManagePolicyAsync(providerName);
        var key = await keys.ResolveAsync(providerName, providerKey);
        var granted = await store.GetGrantedAsync(providerName, key);
        return new GetPermissionListResultDto
        {
            ProviderName = providerName,
            ProviderKey = key,
            Groups = definitions.Groups.Select(group => new PermissionGroupDto
            {
                Name = group.Name,
                DisplayName = localizer[group.DisplayName],
                Permissions = group.Flatten().Select(permission => new PermissionGrantInfoDto
                {
                    Name = permission.Name,
                    DisplayName = localizer[permission.DisplayName],
                    ParentName = permission.Parent?.Name,
                    IsGranted = granted.Contains(permission.Name),
                }).ToList(),
            }).ToList(),
        };
    }

    public async Task UpdateAsync(
        [Required, StringLength(8)] string providerName,
        [Required, StringLength(64)] string providerKey,
        UpdatePermissionsDto input)
    {
        await CheckManagePolicyAsync(providerName);
        await manager.SetAsync(providerName, providerKey, input.Permissions.Select(permission => (permission.Name, permission.IsGranted)).ToList());
    }

    private Task CheckManagePolicyAsync(string providerName) => providerName switch
    {
        PermissionProviderNames.Role => policyChecker.CheckAsync(IdentityPermissions.Roles.ManagePermissions),
        PermissionProviderNames.User => policyChecker.CheckAsync(IdentityPermissions.Users.ManagePermissions),
        PermissionProviderNames.Client => policyChecker.CheckAsync(IdentityPermissions.Clients.ManagePermissions),
        _ => throw new BusinessException(PermissionErrorCodes.ProviderUnknown, httpStatusCode: 404).WithData("ProviderName", providerName),
    };
}
