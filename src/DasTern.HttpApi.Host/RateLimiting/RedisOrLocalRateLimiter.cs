using System.Threading.RateLimiting;
using DasTern.Redis;

namespace DasTern.RateLimiting;

/// <summary>
/// Counts in Redis while it is available, and in this instance's memory while it is not or when a
/// call to it fails: during a Redis outage the limits hold per instance, and a request neither
/// fails nor waits because of Redis.
/// </summary>
public sealed class RedisOrLocalRateLimiter(RateLimiter shared, RateLimiter local, RedisAvailability redis) : RateLimiter
{
    private static readonly RateLimitLease GoAsynchronous = new RefusedLease();

    /// <summary>The local window's: the partitioned limiter drops this pair once the local count has sat idle.</summary>
    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    /// <remarks>Redis cannot answer synchronously; a refusal here makes the caller ask <see cref="AcquireAsyncCore"/>.</remarks>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        redis.IsAvailable ? GoAsynchronous : local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (redis.IsAvailable)
        {
            try
            {
                return await shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (Exception exception) when (RedisAvailability.IsFailure(exception))
            {
                redis.ReportFailure(exception);
            }
        }

        return await local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        await local.DisposeAsync();
    }

    private sealed class RefusedLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
