using DasTern.BackgroundJobs;
using DasTern.Services;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DasTern.Events;

/// <summary>
/// Every minute: queues a delivery for each pending outbox message whose attempt is more than a
/// minute overdue. That is a message whose job was lost (a crash between the commit and the
/// enqueue, or a worker that died mid-delivery); a job that was merely late, or a delivery still
/// running, does nothing when it runs.
/// </summary>
[RecurringJob(RecurringJobId, "* * * * *")]
public sealed class OutboxSweepJob(IOutboxMessageRepository messages, IBackgroundJobClient jobs, TimeProvider timeProvider, ILogger<OutboxSweepJob> logger, InvocationPolicy policy)
    : ApplicationJob(policy)
{
    public const string RecurringJobId = "outbox-sweep";

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var overdue = await messages.GetOverdueAsync(timeProvider.GetUtcNow() - Grace, BatchSize, cancellationToken);
        foreach (var (id, attempts) in overdue)
        {
            jobs.Enqueue<OutboxDeliveryJob>(job => job.DeliverAsync(id, attempts));
        }

        if (overdue.Count > 0)
        {
            logger.LogWarning("Queued {Count} overdue outbox messages again", overdue.Count);
        }
    }
}
