using DasTern.Modularity;
using DasTern.Uow;
using Hangfire;

namespace DasTern.Emailing;

public sealed class EmailQueue(IUnitOfWorkManager unitOfWorkManager, IOutboxEmailRepository outbox, IBackgroundJobClient jobs, TimeProvider timeProvider)
    : IEmailQueue, IScopedDependency
{
    public async Task EnqueueAsync(QueuedEmail email)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Emails are queued inside a unit of work and leave after it commits.");
        var outboxEmail = OutboxEmail.Create(email, timeProvider.GetUtcNow());
        await outbox.InsertAsync(outboxEmail);
        // Sent at once after the commit; should this enqueue be lost, the outbox sweep sends it later.
        unitOfWork.OnCompleted(() =>
        {
            jobs.Enqueue<EmailJob>(job => job.SendAsync(outboxEmail.Id, 0));
            return Task.CompletedTask;
        });
    }
}
