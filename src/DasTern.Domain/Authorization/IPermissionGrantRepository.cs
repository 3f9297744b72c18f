namespace DasTern.Authorization;

public interface IPermissionGrantRepository
{
    Task<List<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task<PermissionGrant?> FindAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task InsertAsync(PermissionGrant grant, CancellationToken cancellationToken = default);

    Task DeleteAsync(PermissionGrant grant, CancellationToken cancellationToken = default);

    Task<bool> WasSeededAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default);

    Task InsertSeedAsync(PermissionGrantSeed seed, CancellationToken cancellationToken = default);
}
