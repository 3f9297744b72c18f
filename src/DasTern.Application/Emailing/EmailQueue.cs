using DasTern.Uow;
using Hangfire;

namespace DasTern.Emailing;

public sealed class EmailQueue(IUnitOfWorkManager unitOfWorkManager, IBackgroundJobClient jobs) : IEmailQueue
{
    public void Enqueue(QueuedEmail email)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Emails are queued inside a unit of work and leave after it commits.");
        unitOfWork.OnCompleted(() =>
        {
            jobs.Enqueue<EmailJob>(job => job.SendAsync(email, 0));
            return Task.CompletedTask;
        });
    }
}
