using DasTern.Data;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

public sealed class RoleDataSeedContributor(RoleManager<AppRole> roleManager) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in RoleNames.BuiltIn)
        {
            if (await roleManager.FindByNameAsync(name) is null)
            {
                IdentityResults.ThrowIfFailed(await roleManager.CreateAsync(new AppRole(name, isStatic: true)));
            }
        }
    }
}
