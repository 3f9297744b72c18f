using DasTern.Authorization;
using DasTern.Caching;
using DasTern.Modularity;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DasTern.ApplicationConfiguration;

/// <summary>
/// The cached application configuration: one entry per caller, roles in the caller's token and
/// culture, tagged with the user so that anything changing what it shows drops them all. Grant
/// changes drop every entry through the grants tag.
/// </summary>
public sealed class ApplicationConfigurationCache(CommittedCache cache, IOptions<CachingOptions> options) : IScopedDependency
{
    /// <summary>Other instances keep their in-memory copy of a dropped entry until it expires: seconds (<see cref="CachingOptions.SharedEntryLocalExpiration"/>), not minutes.</summary>
    private readonly HybridCacheEntryOptions _entryOptions = new()
    {
        Expiration = TimeSpan.FromMinutes(30),
        LocalCacheExpiration = options.Value.SharedEntryLocalExpiration,
    };

    public ValueTask<ApplicationConfigurationDto> GetOrCreateAsync<TState>(
        string caller,
        Guid? userId,
        IEnumerable<string> roles,
        string culture,
        TState state,
        Func<TState, CancellationToken, ValueTask<ApplicationConfigurationDto>> factory)
    {
        // The roles come from the token: a new token with other roles must not get the old answer.
        var key = $"app-config:{caller}:{culture}:{string.Join(',', roles.Order(StringComparer.Ordinal))}";
        string[] tags = userId is { } id ? [PermissionStore.GrantsTag, UserTag(id)] : [PermissionStore.GrantsTag];
        return cache.GetOrCreateAsync(key, state, factory, _entryOptions, tags);
    }

    /// <summary>Drops every cached answer for the user once the current unit of work has committed.</summary>
    public void DropAfterCommit(Guid userId) => cache.RemoveByTagAfterCommit(UserTag(userId));

    private static string UserTag(Guid userId) => $"app-config:user:{userId}";
}
