using DasTern.Modularity;
using DasTern.Uow;
using Microsoft.Extensions.Logging;

namespace DasTern.Data;

/// <summary>Runs every contributor in order, each in its own unit of work.</summary>
public sealed class DataSeeder(
    IEnumerable<IDataSeedContributor> contributors,
    IUnitOfWorkManager unitOfWorkManager,
    ILogger<DataSeeder> logger) : IScopedDependency
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            logger.LogInformation("Seeding with {Contributor}", contributor.GetType().Name);
            await using var scope = await unitOfWorkManager.BeginAsync(isTransactional: true, cancellationToken);
            await contributor.SeedAsync(cancellationToken);
            await scope.CompleteAsync(cancellationToken);
        }
    }
}
