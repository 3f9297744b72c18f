using System.Globalization;
using Npgsql;

namespace DasTern.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of a test's own (initdb, pg_ctl) on a free loopback port, to stop and start
/// again without touching the server every other test shares. It belongs to the postgres user when
/// the tests run as root, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PrivatePostgreSqlCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dataDirectory;

    private PrivatePostgreSqlCluster(string bin, string dataDirectory, int port)
    {
        _bin = bin;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres";

    public static async Task<PrivatePostgreSqlCluster> CreateAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
            .Where(path => File.Exists(Path.Combine(path, "initdb")))
            .OrderBy(path => int.Parse(Path.GetFileName(Path.GetDirectoryName(path))!, CultureInfo.InvariantCulture))
            .Last();
        var parent = ExternalCommand.IsRoot ? "/var/tmp/dastern" : Path.GetTempPath();
        var cluster = new PrivatePostgreSqlCluster(bin, Path.Combine(parent, $"test-pg-{Guid.NewGuid():N}"), FreeTcpPort.Next());
        Directory.CreateDirectory(cluster._dataDirectory);
        if (ExternalCommand.IsRoot)
        {
            await ExternalCommand.RunAsync("chown", "postgres:postgres", cluster._dataDirectory);
        }

        await ExternalCommand.RunAsPostgresAsync($"'{bin}/initdb' -D '{cluster._dataDirectory}' -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null");
        await cluster.StartAsync();
        return cluster;
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return $"{ServerConnectionString};Database={name}";
    }

    public Task StartAsync() => ExternalCommand.RunAsPostgresAsync(
        $"'{_bin}/pg_ctl' -D '{_dataDirectory}' -l '{_dataDirectory}/server.log' -w -t 60 -o \"-p {Port} -k '{_dataDirectory}' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null");

    public Task StopAsync() => ExternalCommand.RunAsPostgresAsync($"'{_bin}/pg_ctl' -D '{_dataDirectory}' -m fast -w stop >/dev/null");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExternalCommand.RunAsPostgresAsync($"'{_bin}/pg_ctl' -D '{_dataDirectory}' -m immediate -w stop >/dev/null 2>&1; true");
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
