using System.Security.Cryptography;
using System.Text;
using DasTern.Data;
using DasTern.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DasTern;

/// <summary>
/// One migrated and seeded database per build of the code, which test databases are cloned from
/// (<c>CREATE DATABASE … TEMPLATE</c>, a file copy) instead of each migrating and seeding its own.
/// Its name carries a hash of the assemblies that shape the schema and the seed, so a change to
/// either builds a new one; test processes running side by side build it once, under a lock.
/// </summary>
internal static class SeededTemplate
{
    private const string Prefix = "dastern_template_";
    private const long LockKey = 0x6461737465726e; // "dastern"

    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private static bool _built;

    public static string Name { get; } = Prefix + CodeVersion();

    /// <summary>Makes sure the template exists, then runs <paramref name="clone"/> under the same lock, so nobody clones a half-built template.</summary>
    public static async Task CloneAsync(Func<NpgsqlConnection, Task> clone)
    {
        await InProcess.WaitAsync();
        try
        {
            await using var server = await TestDatabase.OpenServerConnectionAsync();
            await ExecuteAsync(server, $"SELECT pg_advisory_lock({LockKey})");
            try
            {
                if (!_built)
                {
                    await EnsureBuiltAsync(server);
                    _built = true;
                }

                await clone(server);
            }
            finally
            {
                await ExecuteAsync(server, $"SELECT pg_advisory_unlock({LockKey})");
            }
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static async Task EnsureBuiltAsync(NpgsqlConnection server)
    {
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server))
        {
            exists.Parameters.AddWithValue("name", Name);
            if (await exists.ExecuteScalarAsync() is not null)
            {
                return;
            }
        }

        await DropStaleTemplatesAsync(server);
        var building = Name + "_building";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{building}\"");
        var settings = TestSettings.For($"{TestEnvironment.PostgresServer};Database={building}", building, withRedis: false);
        await using (var services = DasTernTestServices.Build(settings))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DasTernDbMigrationService>().MigrateAsync();
        }

        // A template must have no sessions; the pool would keep some open.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{Name}\"");
        await ExecuteAsync(server, $"COMMENT ON DATABASE \"{Name}\" IS '{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}'");
    }

    /// <summary>
    /// Drops the templates of builds older than a day. Younger ones may belong to a test run going on
    /// right now in another working copy, whose clones would fail without them.
    /// </summary>
    private static async Task DropStaleTemplatesAsync(NpgsqlConnection server)
    {
        var stale = new List<string>();
        const string sql = $"""
            SELECT datname FROM pg_database
            WHERE datname LIKE '{Prefix}%'
              AND CASE WHEN shobj_description(oid, 'pg_database') ~ '^[0-9]+$'
                       THEN to_timestamp(shobj_description(oid, 'pg_database')::bigint) < now() - interval '1 day'
                       ELSE true END
            """;
        await using (var list = new NpgsqlCommand(sql, server))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stale.Add(reader.GetString(0));
            }
        }

        foreach (var name in stale)
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static string CodeVersion()
    {
        // Deterministic builds give an assembly the same id for the same source.
        var ids = new[] { typeof(DasTernDbContext), typeof(Medicines.Medicine), typeof(DasTernApplicationModule), typeof(Localization.DasTernResource), typeof(DasTernTestServices) }
            .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Distinct();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", ids))))[..16];
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
