namespace DasTern.Emailing;

/// <summary>
/// Emails are written to the outbox inside the current unit of work and leave through a background
/// job once it has committed.
/// </summary>
public interface IEmailQueue
{
    Task EnqueueAsync(QueuedEmail email);
}
