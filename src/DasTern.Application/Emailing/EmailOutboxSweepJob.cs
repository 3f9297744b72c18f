using DasTern.BackgroundJobs;
using DasTern.Services;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DasTern.Emailing;

/// <summary>
/// Every minute: queues a send for each outbox email whose attempt is more than a minute overdue
/// and unclaimed. That is an email whose job was lost (a crash between the commit and the enqueue,
/// or a worker that died mid-send); a job that was merely late does nothing when it runs.
/// </summary>
[RecurringJob(RecurringJobId, "* * * * *")]
public sealed class EmailOutboxSweepJob(IOutboxEmailRepository outbox, IBackgroundJobClient jobs, TimeProvider timeProvider, ILogger<EmailOutboxSweepJob> logger, InvocationPolicy policy)
    : ApplicationJob(policy)
{
    public const string RecurringJobId = "email-outbox-sweep";

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var overdue = await outbox.GetOverdueAsync(now - Grace, now, BatchSize, cancellationToken);
        foreach (var (id, attempts) in overdue)
        {
            jobs.Enqueue<EmailJob>(job => job.SendAsync(id, attempts));
        }

        if (overdue.Count > 0)
        {
            logger.LogWarning("Queued {Count} overdue outbox emails again", overdue.Count);
        }
    }
}
