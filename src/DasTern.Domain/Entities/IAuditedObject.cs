namespace DasTern.Entities;

/// <summary>Creation and modification facts, set on save from the current user and clock.</summary>
public interface IAuditedObject
{
    DateTimeOffset CreationTime { get; }

    Guid? CreatorId { get; }

    DateTimeOffset? LastModificationTime { get; }

    Guid? LastModifierId { get; }
}
