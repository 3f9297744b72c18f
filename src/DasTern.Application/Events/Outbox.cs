using DasTern.Modularity;
using DasTern.Uow;
using Hangfire;

namespace DasTern.Events;

/// <summary>The outbox row joins the current transaction; its delivery job is queued only once that has committed.</summary>
public sealed class Outbox(IUnitOfWorkManager unitOfWorkManager, IOutboxMessageRepository messages, IBackgroundJobClient jobs, TimeProvider timeProvider)
    : IOutbox, IScopedDependency
{
    public async Task AddAsync(object message)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Outbox messages are written inside a unit of work and delivered after it commits.");
        var row = OutboxMessage.Create(message, timeProvider.GetUtcNow());
        await messages.InsertAsync(row);
        // Delivered at once after the commit; should this enqueue be lost, the outbox sweep queues it later.
        unitOfWork.OnCompleted(() =>
        {
            jobs.Enqueue<OutboxDeliveryJob>(job => job.DeliverAsync(row.Id, 0));
            return Task.CompletedTask;
        });
    }
}
