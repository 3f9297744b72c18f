using DasTern.BackgroundJobs;
using DasTern.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DasTern.Auditing;

/// <summary>Daily: deletes audit records older than the retention period (two years by default).</summary>
[RecurringJob(RecurringJobId, "0 0 * * *")]
public sealed class AuditRetentionJob(
    IAuditLogRepository repository,
    IOptions<AuditingOptions> options,
    TimeProvider timeProvider,
    ILogger<AuditRetentionJob> logger,
    InvocationPolicy policy) : ApplicationJob(policy)
{
    public const string RecurringJobId = "audit-retention";

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await repository.DeleteOlderThanAsync(cutoff, cancellationToken);
        logger.LogInformation("Audit retention removed {Count} records older than {Cutoff}", deleted, cutoff);
    }
}
