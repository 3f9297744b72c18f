using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DasTern.Data;

/// <summary>Applies pending migrations, then runs every seed contributor. Safe to run on every deployment.</summary>
public sealed class DasTernDbMigrationService(DasTernDbContext dbContext, DataSeeder seeder, ILogger<DasTernDbMigrationService> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await dbContext.Database.MigrateAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        logger.LogInformation("Database migrated and seeded");
    }
}
