using DasTern.Services;

namespace DasTern.PermissionManagement;

/// <summary>Reads and changes the permissions granted to one role (R), user (U) or client (C).</summary>
[RemoteService(RootPath = "permission-management", Name = "permissions")]
public interface IPermissionAppService : IApplicationService
{
    Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey);

    Task UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input);
}
