using DasTern.Entities;

namespace DasTern.Auditing;

/// <summary>One sign-in related event: who (or which login was tried), from where, with which client.</summary>
[AuditIgnore]
public sealed class SecurityLog : Entity<Guid>
{
    public SecurityLog(Guid id, DateTimeOffset time, SecurityLogAction action)
        : base(id)
    {
        Time = time;
        Action = action;
    }

    public DateTimeOffset Time { get; private set; }

    public SecurityLogAction Action { get; private set; }

    public Guid? UserId { get; set; }

    /// <summary>The login as typed (email or phone), also for failed attempts on unknown accounts.</summary>
    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>What went wrong, when the action alone does not say (an OAuth error, the refused grant).</summary>
    public string? Detail { get; set; }
}
