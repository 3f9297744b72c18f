using DasTern.Authorization.Permissions;

namespace DasTern.Platform;

/// <summary>Lives here, not in the host, so the migrator seeds the administrator's grant of the dashboard too.</summary>
public sealed class PlatformPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public int Order => 3;

    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(PlatformPermissions.GroupName, "PermissionGroup:Platform")
            .AddPermission(PlatformPermissions.HangfireDashboard, "Permission:HangfireDashboard");
}
