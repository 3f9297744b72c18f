namespace DasTern.Auditing;

public sealed class EntityChangeDto
{
    public Guid Id { get; set; }

    public DateTimeOffset ChangeTime { get; set; }

    public EntityChangeType ChangeType { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>JSON array of <c>{ name, originalValue, newValue }</c>, values JSON-encoded.</summary>
    public string PropertyChanges { get; set; } = string.Empty;

    public Guid? UserId { get; set; }

    public string? CorrelationId { get; set; }
}
