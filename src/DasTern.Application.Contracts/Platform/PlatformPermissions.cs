namespace DasTern.Platform;

/// <summary>Permission names of the platform's operator tools; each is also an authorization policy name.</summary>
public static class PlatformPermissions
{
    public const string GroupName = "Platform";
    public const string HangfireDashboard = GroupName + ".HangfireDashboard";
}
