namespace DasTern.Auditing;

public sealed class SecurityLogDto
{
    public Guid Id { get; set; }

    public DateTimeOffset Time { get; set; }

    public SecurityLogAction Action { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ClientId { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? CorrelationId { get; set; }

    public string? Detail { get; set; }
}
