using DasTern.Events;
using DasTern.Modularity;

namespace DasTern.Emailing;

/// <summary>An email is an outbox message: <see cref="QueuedEmailHandler"/> sends it after the commit.</summary>
public sealed class EmailQueue(IEventPublisher events) : IEmailQueue, IScopedDependency
{
    public Task EnqueueAsync(QueuedEmail email) => events.PublishAsync(email);
}
