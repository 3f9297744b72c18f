using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Authorization;

public sealed class PermissionGrantRepository(DasTernDbContext dbContext) : IPermissionGrantRepository
{
    public Task<List<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrants.AsNoTracking()
            .Where(grant => grant.ProviderName == providerName && grant.ProviderKey == providerKey)
            .Select(grant => grant.Name)
            .ToListAsync(cancellationToken);

    public Task<PermissionGrant?> FindAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrants.FirstOrDefaultAsync(
            grant => grant.Name == name && grant.ProviderName == providerName && grant.ProviderKey == providerKey,
            cancellationToken);

    public async Task InsertAsync(PermissionGrant grant, CancellationToken cancellationToken = default) =>
        await dbContext.PermissionGrants.AddAsync(grant, cancellationToken);

    public Task DeleteAsync(PermissionGrant grant, CancellationToken cancellationToken = default)
    {
        dbContext.PermissionGrants.Remove(grant);
        return Task.CompletedTask;
    }

    public async Task RenameProviderKeyAsync(string providerName, string oldKey, string newKey, CancellationToken cancellationToken = default)
    {
        await dbContext.PermissionGrants.Where(grant => grant.ProviderName == providerName && grant.ProviderKey == oldKey)
            .ExecuteUpdateAsync(setters => setters.SetProperty(grant => grant.ProviderKey, newKey), cancellationToken);
        await dbContext.PermissionGrantSeeds.Where(seed => seed.ProviderName == providerName && seed.ProviderKey == oldKey)
            .ExecuteUpdateAsync(setters => setters.SetProperty(seed => seed.ProviderKey, newKey), cancellationToken);
    }

    public Task DeleteAllAsync(string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrants.Where(grant => grant.ProviderName == providerName && grant.ProviderKey == providerKey).ExecuteDeleteAsync(cancellationToken);

    public Task<bool> WasSeededAsync(string name, string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrantSeeds.AnyAsync(
            seed => seed.Name == name && seed.ProviderName == providerName && seed.ProviderKey == providerKey,
            cancellationToken);

    public async Task InsertSeedAsync(PermissionGrantSeed seed, CancellationToken cancellationToken = default) =>
        await dbContext.PermissionGrantSeeds.AddAsync(seed, cancellationToken);
}
