using DasTern.Authorization.Permissions;

namespace DasTern.Auditing;

public sealed class AuditingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    // After the application group (0): Identity (1), AuditLogging (2), Platform (3), as clients have always seen them.
    public int Order => 2;

    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(AuditingPermissions.GroupName, "PermissionGroup:AuditLogging")
            .AddPermission(AuditingPermissions.Default, "Permission:AuditLogs");
}
