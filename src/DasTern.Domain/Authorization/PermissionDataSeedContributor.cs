using DasTern.Authorization.Permissions;
using DasTern.Data;
using DasTern.Entities;
using DasTern.Identity;

namespace DasTern.Authorization;

/// <summary>
/// The Admin role holds every permission, always. Other roles get their defaults (declared with
/// the definitions) once: a default an administrator later revokes stays revoked.
/// </summary>
public sealed class PermissionDataSeedContributor(
    IPermissionDefinitionManager definitions,
    IPermissionGrantRepository repository,
    IPermissionStore store) : IDataSeedContributor
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var changed = false;
        foreach (var permission in definitions.All)
        {
            changed |= await GrantAsync(permission.Name, RoleNames.Admin, cancellationToken);

            foreach (var role in permission.DefaultRoles.Where(role => role != RoleNames.Admin))
            {
                if (await repository.WasSeededAsync(permission.Name, PermissionProviderNames.Role, role, cancellationToken))
                {
                    continue;
                }

                await repository.InsertSeedAsync(new PermissionGrantSeed(EntityId.New(), permission.Name, PermissionProviderNames.Role, role), cancellationToken);
                changed |= await GrantAsync(permission.Name, role, cancellationToken);
            }
        }

        if (changed)
        {
            store.DropAfterCommit();
        }
    }

    private async Task<bool> GrantAsync(string name, string role, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(name, PermissionProviderNames.Role, role, cancellationToken) is not null)
        {
            return false;
        }

        await repository.InsertAsync(new PermissionGrant(EntityId.New(), name, PermissionProviderNames.Role, role), cancellationToken);
        return true;
    }
}
