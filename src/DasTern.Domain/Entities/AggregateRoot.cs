namespace DasTern.Entities;

public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
    where TKey : notnull
{
    protected AggregateRoot(TKey id)
        : base(id)
    {
    }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
