namespace DasTern.Authorization;

public interface IPermissionGrantRepository
{
    Task<List<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task<PermissionGrant?> FindAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task InsertAsync(PermissionGrant grant, CancellationToken cancellationToken = default);

    Task DeleteAsync(PermissionGrant grant, CancellationToken cancellationToken = default);

    /// <summary>Moves every grant (and seeding record) of one key to another, as when a role is renamed.</summary>
    Task RenameProviderKeyAsync(string providerName, string oldKey, string newKey, CancellationToken cancellationToken = default);

    Task DeleteAllAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task<bool> WasSeededAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task InsertSeedAsync(PermissionGrantSeed seed, CancellationToken cancellationToken = default);
}
