namespace DasTern.Events;

/// <summary>
/// Handles an event after the unit of work that published it has committed, from the outbox: at
/// least once, retried after failures, and never for work that rolled back. Its database writes
/// commit together with the record that it handled the message, so a message delivered twice has
/// one effect on the database; an outside effect (an email) may happen again only when the process
/// dies between that effect and the commit. Registered by convention; the handler's full type name
/// is its identity in that record, so renaming a handler makes it handle undelivered messages again.
/// </summary>
public interface IOutboxEventHandler<in TEvent>
{
    Task HandleEventAsync(TEvent eventData);
}
