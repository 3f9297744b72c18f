using DasTern.Entities;

namespace DasTern.Auditing;

/// <summary>
/// One entity created, updated or deleted, written in the same transaction as the change itself,
/// with each changed property's old and new value (as JSON).
/// </summary>
[AuditIgnore]
public sealed class EntityChange : Entity<Guid>
{
    public EntityChange(Guid id, DateTimeOffset changeTime, EntityChangeType changeType, string entityType, string entityId, string propertyChanges)
        : base(id)
    {
        ChangeTime = changeTime;
        ChangeType = changeType;
        EntityType = entityType;
        EntityId = entityId;
        PropertyChanges = propertyChanges;
    }

    public DateTimeOffset ChangeTime { get; private set; }

    public EntityChangeType ChangeType { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>JSON array of <c>{ "propertyName", "originalValue", "newValue" }</c>, the values plain JSON.</summary>
    public string PropertyChanges { get; private set; }

    public Guid? UserId { get; set; }

    public string? CorrelationId { get; set; }
}
