namespace DasTern.Auditing;

public sealed class EntityChangeDto
{
    public Guid Id { get; set; }

    public DateTimeOffset ChangeTime { get; set; }

    public EntityChangeType ChangeType { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>Each recorded property with its value before and after (null when created or deleted).</summary>
    public List<EntityPropertyChangeDto> PropertyChanges { get; set; } = [];

    public Guid? UserId { get; set; }

    public string? CorrelationId { get; set; }
}
