using DasTern.BackgroundJobs;
using DasTern.Services;
using Microsoft.Extensions.Logging;

namespace DasTern.Security;

/// <summary>Hourly: deletes revocations of access tokens that have expired anyway.</summary>
[RecurringJob(RecurringJobId, "0 * * * *")]
public sealed class RevokedAccessTokenPruneJob(IRevokedAccessTokenRepository repository, TimeProvider timeProvider, ILogger<RevokedAccessTokenPruneJob> logger, InvocationPolicy policy)
    : ApplicationJob(policy)
{
    public const string RecurringJobId = "revoked-access-token-prune";

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var deleted = await repository.DeleteExpiredAsync(timeProvider.GetUtcNow(), cancellationToken);
        logger.LogInformation("Pruned {Count} expired access-token revocations", deleted);
    }
}
