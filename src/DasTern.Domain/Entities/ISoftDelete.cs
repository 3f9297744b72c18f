namespace DasTern.Entities;

/// <summary>Deleting marks the row instead of removing it; a global query filter hides marked rows.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }

    Guid? DeleterId { get; }

    DateTimeOffset? DeletionTime { get; }
}
