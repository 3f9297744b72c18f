using DasTern.Authorization.Permissions;
using DasTern.Identity;

namespace DasTern.Permissions;

public sealed class DasTernPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var dasTern = context.AddGroup(DasTernPermissions.GroupName, "PermissionGroup:DasTern");
        var medicines = dasTern.AddPermission(DasTernPermissions.Medicines.Default, "Permission:Medicines")
            .GrantByDefaultTo(RoleNames.Patient, RoleNames.Doctor, RoleNames.Caregiver);
        medicines.AddChild(DasTernPermissions.Medicines.Create, "Permission:Medicines.Create");
        medicines.AddChild(DasTernPermissions.Medicines.Edit, "Permission:Medicines.Edit");
        medicines.AddChild(DasTernPermissions.Medicines.Delete, "Permission:Medicines.Delete");

        var identity = context.AddGroup(DasTernPermissions.Identity.GroupName, "PermissionGroup:Identity");
        identity.AddPermission(DasTernPermissions.Identity.PermissionManagement, "Permission:PermissionManagement");
        var roles = identity.AddPermission(DasTernPermissions.Identity.Roles.Default, "Permission:Roles");
        roles.AddChild(DasTernPermissions.Identity.Roles.Create, "Permission:Roles.Create");
        roles.AddChild(DasTernPermissions.Identity.Roles.Update, "Permission:Roles.Update");
        roles.AddChild(DasTernPermissions.Identity.Roles.Delete, "Permission:Roles.Delete");
        roles.AddChild(DasTernPermissions.Identity.Roles.ManagePermissions, "Permission:Roles.ManagePermissions");
        var users = identity.AddPermission(DasTernPermissions.Identity.Users.Default, "Permission:Users");
        users.AddChild(DasTernPermissions.Identity.Users.Create, "Permission:Users.Create");
        users.AddChild(DasTernPermissions.Identity.Users.Update, "Permission:Users.Update");
        users.AddChild(DasTernPermissions.Identity.Users.VerifyDoctors, "Permission:Users.VerifyDoctors");
        users.AddChild(DasTernPermissions.Identity.Users.ManagePermissions, "Permission:Users.ManagePermissions");
        identity.AddPermission(DasTernPermissions.Identity.Clients.Default, "Permission:Clients")
            .AddChild(DasTernPermissions.Identity.Clients.ManagePermissions, "Permission:Clients.ManagePermissions");

        context.AddGroup(DasTernPermissions.AuditLogging.GroupName, "PermissionGroup:AuditLogging")
            .AddPermission(DasTernPermissions.AuditLogging.Default, "Permission:AuditLogs");

        var platform = context.AddGroup(DasTernPermissions.Platform.GroupName, "PermissionGroup:Platform");
        platform.AddPermission(DasTernPermissions.Platform.HangfireDashboard, "Permission:HangfireDashboard");
    }
}
