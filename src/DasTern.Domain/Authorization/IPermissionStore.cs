namespace DasTern.Authorization;

/// <summary>Granted permission names per provider and key, cached; the cache is dropped when a grant changes.</summary>
public interface IPermissionStore
{
    Task<IReadOnlySet<string>> GetGrantedAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);

    /// <summary>Drops every holder's cached grants, and every answer built from grants, once the current unit of work commits.</summary>
    void DropAfterCommit();
}
