namespace DasTern.Entities;

public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp, IGeneratesDomainEvents
    where TKey : notnull
{
    private readonly List<object> _domainEvents = [];

    protected AggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <summary>Rotated by the persistence layer whenever any entity of the aggregate changes.</summary>
    public string ConcurrencyStamp { get; private set; } = ConcurrencyStamps.New();

    public void ExpectConcurrencyStamp(string concurrencyStamp) => ConcurrencyStamps.Expect(ConcurrencyStamp, concurrencyStamp);

    public IReadOnlyCollection<object> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>
    /// Records what happened; the unit of work publishes it on save, inside the transaction, to the
    /// event's <c>ILocalEventHandler</c>s and, after the commit, its <c>IOutboxEventHandler</c>s.
    /// </summary>
    protected void AddDomainEvent(object eventData) => _domainEvents.Add(eventData);
}
