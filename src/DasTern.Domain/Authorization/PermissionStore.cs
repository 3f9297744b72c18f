using DasTern.Authorization.Permissions;
using DasTern.Caching;
using DasTern.Modularity;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DasTern.Authorization;

/// <summary>
/// Loads all grants of one provider/key in one query on a miss (ABP caches per name; one entry per
/// role or user is fewer keys and one round trip for a batch check).
/// </summary>
public sealed class PermissionStore(CommittedCache cache, IPermissionGrantRepository repository, IPermissionDefinitionManager definitions, IOptions<CachingOptions> options)
    : IPermissionStore, IScopedDependency
{
    /// <summary>Tag of every cached answer that depends on grants; dropped with any grant change.</summary>
    public const string GrantsTag = "permission-grants";

    /// <summary>Other instances keep their in-memory copy of a changed entry until it expires: seconds (<see cref="CachingOptions.SharedEntryLocalExpiration"/>), not minutes.</summary>
    private readonly HybridCacheEntryOptions _entryOptions = new()
    {
        Expiration = TimeSpan.FromHours(1),
        LocalCacheExpiration = options.Value.SharedEntryLocalExpiration,
    };

    public async Task<IReadOnlySet<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var granted = await cache.GetOrCreateAsync(
            CacheKey(providerName, providerKey),
            (repository, providerName, providerKey),
            static async (state, token) => new GrantedPermissions(await state.repository.GetGrantedNamesAsync(state.providerName, state.providerKey, token)),
            _entryOptions,
            [GrantsTag],
            cancellationToken);
        return granted.Set;
    }

    public void DropAfterCommit() => cache.RemoveByTagAfterCommit(GrantsTag);

    /// <summary>
    /// The definitions' version is in the key: the migrator seeds a new permission's grants without
    /// reaching the cache, and a release with new definitions then starts from fresh entries.
    /// </summary>
    private string CacheKey(string providerName, string providerKey) => $"permission-grants:{definitions.Version}:pn:{providerName},pk:{providerKey}";
}
