namespace DasTern.Events;

/// <summary>
/// Handles an event in process, at once, inside the unit of work that published it: its writes
/// commit with the change, and its failure rolls the change back. No outside effects here (emails,
/// calls to other systems): those belong in an <see cref="IOutboxEventHandler{TEvent}"/>.
/// Registered by convention; the unit of work builds the instance in the publisher's scope.
/// </summary>
public interface ILocalEventHandler<in TEvent>
{
    Task HandleEventAsync(TEvent eventData);
}
