using DasTern.Authorization.Permissions;

namespace DasTern.Identity;

public sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    // After the application group (0): Identity (1), AuditLogging (2), Platform (3), as clients have always seen them.
    public int Order => 1;

    public void Define(PermissionDefinitionContext context)
    {
        var identity = context.AddGroup(IdentityPermissions.GroupName, "PermissionGroup:Identity");
        identity.AddPermission(IdentityPermissions.PermissionManagement, "Permission:PermissionManagement");
        var roles = identity.AddPermission(IdentityPermissions.Roles.Default, "Permission:Roles");
        roles.AddChild(IdentityPermissions.Roles.Create, "Permission:Roles.Create");
        roles.AddChild(IdentityPermissions.Roles.Update, "Permission:Roles.Update");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Permission:Roles.Delete");
        roles.AddChild(IdentityPermissions.Roles.ManagePermissions, "Permission:Roles.ManagePermissions");
        var users = identity.AddPermission(IdentityPermissions.Users.Default, "Permission:Users");
        users.AddChild(IdentityPermissions.Users.Create, "Permission:Users.Create");
        users.AddChild(IdentityPermissions.Users.Update, "Permission:Users.Update");
        users.AddChild(IdentityPermissions.Users.VerifyDoctors, "Permission:Users.VerifyDoctors");
        users.AddChild(IdentityPermissions.Users.ManagePermissions, "Permission:Users.ManagePermissions");
        identity.AddPermission(IdentityPermissions.Clients.Default, "Permission:Clients")
            .AddChild(IdentityPermissions.Clients.ManagePermissions, "Permission:Clients.ManagePermissions");
    }
}
