using DasTern.Modularity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DasTern.Redis;

/// <summary>
/// With <c>Redis:Configuration</c> set: the one connection every user of Redis shares (the cache's
/// second level, rate-limit counters, revocation messages), its availability circuit, and HybridCache's
/// second level over it, which treats an unavailable Redis as a miss. Without it: memory only.
/// </summary>
public sealed class RedisModule : DasTernModule
{
    public const string ConfigurationKey = "Redis:Configuration";

    public override void ConfigureServices(ModuleContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Configuration[ConfigurationKey]))
        {
            return;
        }

        var services = context.Services;
        services.AddSingleton<IConnectionMultiplexer>(provider =>
            ConnectionMultiplexer.Connect(provider.GetRequiredService<IOptions<RedisOptions>>().Value.ToConfigurationOptions()));
        services.AddSingleton<RedisAvailability>();
        services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer, IOptions<RedisOptions>>((cache, connection, redis) =>
        {
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
            cache.InstanceName = redis.Value.InstanceName;
        });
        services.AddSingleton<IDistributedCache>(provider => new RedisFallbackCache(
            new RedisCache(provider.GetRequiredService<IOptions<RedisCacheOptions>>()),
            provider.GetRequiredService<RedisAvailability>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RedisFallbackCache>>()));
    }
}
