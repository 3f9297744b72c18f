namespace DasTern.Identity;

/// <summary>Permission names of identity management; each is also an authorization policy name.</summary>
public static class IdentityPermissions
{
    public const string GroupName = "Identity";

    /// <summary>Opens the permission-management API; which grants may be changed depends on the permissions below.</summary>
    public const string PermissionManagement = GroupName + ".PermissionManagement";

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string VerifyDoctors = Default + ".VerifyDoctors";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class Clients
    {
        public const string Default = GroupName + ".Clients";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }
}
