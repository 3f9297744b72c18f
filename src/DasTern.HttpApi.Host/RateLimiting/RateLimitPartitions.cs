using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace DasTern.RateLimiting;

/// <summary>A fixed one-minute window per key: in Redis when there is one (so every instance counts together), else in memory.</summary>
public sealed class RateLimitPartitions(IServiceProvider services, IConfiguration configuration)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly string _prefix = configuration[Caching.DasTernCachingServiceCollectionExtensions.RedisInstanceNameKey] ?? "DasTern:";

    public RateLimitPartition<string> FixedWindow(string key, int permitsPerMinute)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        if (redis is not null)
        {
            return RedisRateLimitPartition.GetFixedWindowRateLimiter(_prefix + "rate:" + key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = permitsPerMinute,
                Window = Window,
            });
        }

        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = Window,
            QueueLimit = 0,
        });
    }
}
