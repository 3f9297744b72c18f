using DasTern.Authorization.Permissions;
using DasTern.Entities;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.PermissionManagement;

namespace DasTern.Authorization;

/// <summary>Grants and revokes permissions; the cached grants are dropped only once the change has committed.</summary>
public sealed class PermissionManager(
    IPermissionGrantRepository repository,
    IPermissionStore store,
    IPermissionDefinitionManager definitions,
    PermissionProviderKeyResolver keys,
    PrivilegeCeiling ceiling)
{
    /// <summary>
    /// Sets the wanted grant states of one role, user or client (the last one wins for a name given twice). Everything is
    /// decided before the first write: the holder exists, every name is defined, and the caller may make each real change.
    /// </summary>
    public async Task SetAsync(string providerName, string providerKey, IReadOnlyCollection<(string Name, bool IsGranted)> wanted, CancellationToken cancellationToken = default)
    {
        var key = await keys.ResolveAsync(providerName, providerKey, cancellationToken);
        foreach (var (name, _) in wanted)
        {
            EnsureDefined(name);
        }

        var granted = (await repository.GetGrantedNamesAsync(providerName, key, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var changes = wanted.GroupBy(grant => grant.Name, StringComparer.Ordinal)
            .Select(group => group.Last())
            .Where(grant => grant.IsGranted != granted.Contains(grant.Name))
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        await ceiling.EnsureCanChangeGrantsAsync(providerName, key, changes.Select(change => change.Name).ToList());
        foreach (var (name, isGranted) in changes)
        {
            if (isGranted)
            {
                await repository.InsertAsync(new PermissionGrant(EntityId.New(), name, providerName, key), cancellationToken);
            }
            else if (await repository.FindAsync(name, providerName, key, cancellationToken) is { } existing)
            {
                await repository.DeleteAsync(existing, cancellationToken);
            }
        }

        store.DropAfterCommit();
    }

    /// <summary>A renamed role keeps its grants; the cached grants are dropped after the commit.</summary>
    public async Task RenameRoleAsync(string oldName, string newName, CancellationToken cancellationToken = default)
    {
        await repository.RenameProviderKeyAsync(PermissionProviderNames.Role, oldName, newName, cancellationToken);
        store.DropAfterCommit();
    }

    public async Task DeleteAllAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        await repository.DeleteAllAsync(providerName, providerKey, cancellationToken);
        store.DropAfterCommit();
    }

    private void EnsureDefined(string name)
    {
        if (definitions.Find(name) is null)
        {
            throw new BusinessException(PermissionErrorCodes.Unknown, httpStatusCode: 400).WithData("Name", name);
        }
    }
}
