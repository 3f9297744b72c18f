using System.ComponentModel.DataAnnotations;
using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Permissions;
using DasTern.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace DasTern.PermissionManagement;

/// <summary>ABP's permission-management API; who may call it depends on the provider being managed.</summary>
[RemoteService(RootPath = "permission-management", Name = "permissions")]
[Authorize(DasTernPermissions.Identity.PermissionManagement)]
public sealed class PermissionAppService(
    IPermissionDefinitionManager definitions,
    IPermissionStore store,
    PermissionManager manager,
    IPolicyChecker policyChecker,
    IStringLocalizer<DasTernResource> localizer) : IPermissionAppService
{
    public async Task<GetPermissionListResultDto> GetAsync(
        [Required, StringLength(8)] string providerName,
        [Required, StringLength(64)] string providerKey)
    {
        await CheckManagePolicyAsync(providerName);
        var granted = await store.GetGrantedAsync(providerName, providerKey);
        return new GetPermissionListResultDto
        {
            ProviderName = providerName,
            ProviderKey = providerKey,
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
        foreach (var permission in input.Permissions)
        {
            await manager.SetAsync(providerName, providerKey, permission.Name, permission.IsGranted);
        }
    }

    private Task CheckManagePolicyAsync(string providerName) => providerName switch
    {
        PermissionProviderNames.Role => policyChecker.CheckAsync(DasTernPermissions.Identity.Roles.ManagePermissions),
        PermissionProviderNames.User => policyChecker.CheckAsync(DasTernPermissions.Identity.Users.ManagePermissions),
        PermissionProviderNames.Client => policyChecker.CheckAsync(DasTernPermissions.Identity.Clients.ManagePermissions),
        _ => throw new BusinessException(DasTernErrorCodes.PermissionProviderUnknown, httpStatusCode: 400).WithData("ProviderName", providerName),
    };
}
