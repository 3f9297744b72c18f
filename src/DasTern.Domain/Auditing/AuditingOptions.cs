namespace DasTern.Auditing;

/// <summary>Audit settings (section <c>Auditing</c>).</summary>
public sealed class AuditingOptions
{
    public const string SectionName = "Auditing";

    /// <summary>How long audit records are kept; the retention job deletes older ones daily.</summary>
    public int RetentionDays { get; set; } = 730;
}
