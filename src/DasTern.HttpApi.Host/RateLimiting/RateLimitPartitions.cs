using System.Threading.RateLimiting;
using DasTern.Redis;
using Microsoft.Extensions.Options;
using RedisRateLimiting;

namespace DasTern.RateLimiting;

/// <summary>
/// A fixed one-minute window per key: counted in Redis when there is one (so every instance counts
/// together), in this instance's memory when there is none or while it is unavailable.
/// </summary>
public sealed class RateLimitPartitions(IOptions<RedisOptions> redisOptions, RedisAvailability? redis = null)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly string _prefix = redisOptions.Value.InstanceName;

    public RateLimitPartition<string> FixedWindow(string key, int permitsPerMinute) =>
        RateLimitPartition.Get(key, partitionKey =>
        {
            var local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = Window,
                QueueLimit = 0,
            });
            if (redis is null)
            {
                return local;
            }

            var shared = new RedisFixedWindowRateLimiter<string>(_prefix + "rate:" + partitionKey, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Connection,
                PermitLimit = permitsPerMinute,
                Window = Window,
            });
            return new RedisOrLocalRateLimiter(shared, local, redis);
        });
}
