using DasTern.Authorization.Permissions;
using DasTern.Entities;
using DasTern.ExceptionHandling;
using DasTern.Uow;

namespace DasTern.Authorization;

/// <summary>Grants and revokes permissions; the cache entry is dropped only once the change has committed.</summary>
public sealed class PermissionManager(
    IPermissionGrantRepository repository,
    IPermissionStore store,
    IPermissionDefinitionManager definitions,
    IUnitOfWorkManager unitOfWorkManager)
{
    public async Task SetAsync(string providerName, string providerKey, string name, bool isGranted, CancellationToken cancellationToken = default)
    {
        EnsureKnown(providerName, name);
        var existing = await repository.FindAsync(name, providerName, providerKey, cancellationToken);
        if (isGranted && existing is null)
        {
            await repository.InsertAsync(new PermissionGrant(EntityId.New(), name, providerName, providerKey), cancellationToken);
        }
        else if (!isGranted && existing is not null)
        {
            await repository.DeleteAsync(existing, cancellationToken);
        }
        else
        {
            return;
        }

        InvalidateOnCommit(providerName, providerKey);
    }

    /// <summary>A renamed role keeps its grants; both cache entries are dropped after the commit.</summary>
    public async Task RenameRoleAsync(string oldName, string newName, CancellationToken cancellationToken = default)
    {
        await repository.RenameProviderKeyAsync(PermissionProviderNames.Role, oldName, newName, cancellationToken);
        InvalidateOnCommit(PermissionProviderNames.Role, oldName);
        InvalidateOnCommit(PermissionProviderNames.Role, newName);
    }

    public async Task DeleteAllAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        await repository.DeleteAllAsync(providerName, providerKey, cancellationToken);
        InvalidateOnCommit(providerName, providerKey);
    }

    private void InvalidateOnCommit(string providerName, string providerKey)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Permission changes need an active unit of work.");
        unitOfWork.OnCompleted(() => store.InvalidateAsync(providerName, providerKey));
    }

    private void EnsureKnown(string providerName, string name)
    {
        if (!PermissionProviderNames.All.Contains(providerName))
        {
            throw new BusinessException(DasTernErrorCodes.PermissionProviderUnknown, httpStatusCode: 400)
                .WithData("ProviderName", providerName);
        }

        if (definitions.Find(name) is null)
        {
            throw new BusinessException(DasTernErrorCodes.PermissionUnknown, httpStatusCode: 400)
                .WithData("Name", name);
        }
    }
}
