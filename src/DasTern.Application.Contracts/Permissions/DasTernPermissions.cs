namespace DasTern.Permissions;

/// <summary>The application's own permission group: every DasTern feature's permissions join it and start with its name.</summary>
public static class DasTernPermissions
{
    public const string GroupName = "DasTern";
    public const string GroupDisplayName = "PermissionGroup:DasTern";
}
