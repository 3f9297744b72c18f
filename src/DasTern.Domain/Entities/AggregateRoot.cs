namespace DasTern.Entities;

public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
    where TKey : notnull
{
    protected AggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <summary>Rotated by the persistence layer whenever any entity of the aggregate changes.</summary>
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");

    public void ExpectConcurrencyStamp(string concurrencyStamp) => ConcurrencyStamp = concurrencyStamp;
}
