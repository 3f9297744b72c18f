namespace DasTern.Entities;

/// <summary>
/// Aggregate root with creation, modification and deletion audit properties and soft delete.
/// The properties are written by the persistence layer on save, never by domain code.
/// </summary>
public abstract class FullAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IAuditedObject, ISoftDelete
    where TKey : notnull
{
    protected FullAuditedAggregateRoot(TKey id)
        : base(id)
    {
    }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTimeOffset? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    public bool IsDeleted { get; private set; }

    public Guid? DeleterId { get; private set; }

    public DateTimeOffset? DeletionTime { get; private set; }
}
