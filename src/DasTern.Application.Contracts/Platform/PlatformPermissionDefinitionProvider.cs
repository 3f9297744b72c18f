using DasTern.Authorization.Permissions;

namespace DasTern.Platform;

/// <summary>Lives here, not in the host, so the migrator seeds the administrator's grant of the dashboard too.</summary>
public sealed class PlatformPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    // After the application group (0): Identity (1), AuditLogging (2), Platform (3), as clients have always seen them.
    public int Order => 3;

    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(PlatformPermissions.GroupName, "PermissionGroup:Platform")
            .AddPermission(PlatformPermissions.HangfireDashboard, "Permission:HangfireDashboard");
}
