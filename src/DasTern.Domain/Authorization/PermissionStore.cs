using DasTern.Authorization.Permissions;
using DasTern.Modularity;
using Microsoft.Extensions.Caching.Hybrid;

namespace DasTern.Authorization;

/// <summary>
/// Loads all grants of one provider/key in one query on a miss (ABP caches per name; one entry per
/// role or user is fewer keys and one round trip for a batch check).
/// </summary>
public sealed class PermissionStore(HybridCache cache, IPermissionGrantRepository repository, IPermissionDefinitionManager definitions) : IPermissionStore, IScopedDependency
{
    /// <summary>Tag of every cached answer that depends on grants; dropped with any grant change.</summary>
    public const string GrantsTag = "permission-grants";

    /// <summary>
    /// HybridCache drops a changed entry from Redis and from this instance's memory only; other
    /// instances keep their in-memory copy until it expires, so that copy lives seconds, not minutes.
    /// </summary>
    private static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromHours(1),
        LocalCacheExpiration = TimeSpan.FromSeconds(10),
    };

    public async Task<IReadOnlySet<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var granted = await cache.GetOrCreateAsync(
            CacheKey(providerName, providerKey),
            (repository, providerName, providerKey),
            static async (state, token) => new GrantedPermissions(await state.repository.GetGrantedNamesAsync(state.providerName, state.providerKey, token)),
            EntryOptions,
            cancellationToken: cancellationToken);
        return granted.Set;
    }

    public async Task InvalidateAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        await cache.RemoveAsync(CacheKey(providerName, providerKey), cancellationToken);
        await cache.RemoveByTagAsync(GrantsTag, cancellationToken);
    }

    /// <summary>
    /// The definitions' version is in the key: the migrator seeds a new permission's grants without
    /// reaching the cache, and a release with new definitions then starts from fresh entries.
    /// </summary>
    private string CacheKey(string providerName, string providerKey) => $"permission-grants:{definitions.Version}:pn:{providerName},pk:{providerKey}";
}
