using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Caching;

public static class DasTernCachingServiceCollectionExtensions
{
    public const string RedisConfigurationKey = "Redis:Configuration";
    public const string RedisInstanceNameKey = "Redis:InstanceName";

    /// <summary>HybridCache: memory first, Redis second when <c>Redis:Configuration</c> is set, memory only when not.</summary>
    public static IServiceCollection AddDasTernCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisConfigurationKey];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.Configuration = redis;
                // Separate deployments (or test runs) sharing one Redis keep apart by prefix.
                options.InstanceName = configuration[RedisInstanceNameKey] ?? "DasTern:";
            });
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
