using DasTern.Authorization.Permissions;

namespace DasTern.Auditing;

public sealed class AuditingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public int Order => 2;

    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(AuditingPermissions.GroupName, "PermissionGroup:AuditLogging")
            .AddPermission(AuditingPermissions.Default, "Permission:AuditLogs");
}
