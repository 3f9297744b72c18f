using DasTern.BackgroundJobs;
using DasTern.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DasTern.Events;

/// <summary>Daily: deletes delivered and given-up outbox messages, with their inbox records, older than the retention.</summary>
[RecurringJob(RecurringJobId, "30 0 * * *")]
public sealed class OutboxPurgeJob(IOutboxMessageRepository messages, IOptions<OutboxOptions> options, TimeProvider timeProvider, ILogger<OutboxPurgeJob> logger, InvocationPolicy policy)
    : ApplicationJob(policy)
{
    public const string RecurringJobId = "outbox-purge";

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await messages.DeleteFinishedAsync(cutoff, cancellationToken);
        logger.LogInformation("Outbox purge removed {Count} finished messages written before {Cutoff}", deleted, cutoff);
    }
}
