using Microsoft.AspNetCore.Authorization;

namespace DasTern.Authorization;

public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}
