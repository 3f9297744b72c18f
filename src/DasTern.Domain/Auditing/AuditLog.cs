using DasTern.Entities;

namespace DasTern.Auditing;

/// <summary>One HTTP request that changed something or failed: who, from where, what, and how it ended.</summary>
[AuditIgnore]
public sealed class AuditLog : Entity<Guid>
{
    public AuditLog(Guid id, DateTimeOffset executionTime)
        : base(id)
    {
        ExecutionTime = executionTime;
    }

    public DateTimeOffset ExecutionTime { get; private set; }

    public int DurationMs { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string HttpMethod { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public int StatusCode { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>Type name only; messages can hold personal data and never leave the server anyway.</summary>
    public string? ExceptionType { get; set; }
}
