using DasTern.Caching;
using DasTern.Security;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace DasTern.OpenIddict;

/// <summary>In Redis when configured, so every instance sees a revocation at once; in memory for a single instance otherwise.</summary>
public sealed class AccessTokenRevocationList(IServiceProvider services, IConfiguration configuration, IMemoryCache memory, TimeProvider timeProvider)
    : IAccessTokenRevocationList
{
    private readonly string _prefix = (configuration[DasTernCachingServiceCollectionExtensions.RedisInstanceNameKey] ?? "DasTern:") + "revoked-token:";

    public async Task RevokeAsync(string tokenId, DateTimeOffset expiresAt)
    {
        var lifetime = expiresAt - timeProvider.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            await redis.GetDatabase().StringSetAsync(_prefix + tokenId, "1", lifetime);
        }
        else
        {
            memory.Set(_prefix + tokenId, true, lifetime);
        }
    }

    public async Task<bool> IsRevokedAsync(string tokenId) =>
        services.GetService<IConnectionMultiplexer>() is { } redis
            ? await redis.GetDatabase().KeyExistsAsync(_prefix + tokenId)
            : memory.TryGetValue(_prefix + tokenId, out _);
}
