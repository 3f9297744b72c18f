namespace DasTern.Entities;

/// <summary>An aggregate's events waiting for the unit of work, which publishes them on its next save.</summary>
public interface IGeneratesDomainEvents
{
    IReadOnlyCollection<object> DomainEvents { get; }

    void ClearDomainEvents();
}
