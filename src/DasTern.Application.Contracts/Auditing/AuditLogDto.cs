namespace DasTern.Auditing;

public sealed class AuditLogDto
{
    public Guid Id { get; set; }

    public DateTimeOffset ExecutionTime { get; set; }

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

    public string? ExceptionType { get; set; }
}
