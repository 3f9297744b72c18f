namespace DasTern.Auditing;

public sealed class DataAccessDto
{
    public DateTimeOffset AccessTime { get; set; }

    public Guid ReaderId { get; set; }

    public string ResourceType { get; set; } = string.Empty;

    public string? ResourceId { get; set; }
}
