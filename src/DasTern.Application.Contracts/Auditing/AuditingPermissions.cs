namespace DasTern.Auditing;

/// <summary>Permission names of the audit trail; each is also an authorization policy name.</summary>
public static class AuditingPermissions
{
    public const string GroupName = "AuditLogging";
    public const string Default = GroupName + ".AuditLogs";
}
