namespace DasTern.Events;

/// <summary>Publishes an event inside the current unit of work; aggregates' events go through it on every save.</summary>
public interface IEventPublisher
{
    /// <summary>
    /// Runs the event's <see cref="ILocalEventHandler{TEvent}"/>s now and, when it has
    /// <see cref="IOutboxEventHandler{TEvent}"/>s, writes it to the outbox to be delivered after the commit.
    /// </summary>
    Task PublishAsync(object eventData);
}
