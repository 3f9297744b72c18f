namespace DasTern.Emailing;

/// <summary>Emails leave through a background job, and only once the current unit of work has committed.</summary>
public interface IEmailQueue
{
    void Enqueue(QueuedEmail email);
}
