using DasTern.Infrastructure;

namespace DasTern.Outages;

/// <summary>A PostgreSQL cluster of its own (to stop and start again) with a migrated database and a host on it.</summary>
public sealed class PostgreSqlOutageFixture : IAsyncLifetime
{
    public PrivatePostgreSqlCluster PostgreSql { get; private set; } = null!;

    public DasTernHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PostgreSql = await PrivatePostgreSqlCluster.CreateAsync();
        var name = $"dastern_outage_{Guid.NewGuid():N}";
        var settings = TestSettings.For(await PostgreSql.CreateDatabaseAsync(name), name);
        await HostFixture.MigrateAsync(settings);
        Host = new DasTernHostFactory(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await PostgreSql.DisposeAsync();
    }
}
