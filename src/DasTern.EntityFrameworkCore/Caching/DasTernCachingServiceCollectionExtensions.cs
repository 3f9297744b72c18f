using DasTern.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DasTern.Caching;

public static class DasTernCachingServiceCollectionExtensions
{
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// HybridCache: memory first, Redis second when <c>Redis:Configuration</c> is set, memory only when
    /// not. With Redis, also the one connection every user of Redis shares (<see cref="IConnectionMultiplexer"/>)
    /// and its availability circuit (<see cref="RedisAvailability"/>).
    /// </summary>
    public static IServiceCollection AddDasTernCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(configuration[RedisConfigurationKey]))
        {
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

        services.AddHybridCache(options =>
        {
            options.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = TimeSpan.FromMinutes(30),
                LocalCacheExpiration = TimeSpan.FromMinutes(1),
            };
        });
        return services;
    }
}
