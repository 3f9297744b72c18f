using Npgsql;

namespace DasTern;

/// <summary>A fresh PostgreSQL database for one fixture (empty, or migrated and seeded), dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = $"{TestEnvironment.PostgresServer};Database={name};Max Auto Prepare=16";
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase($"dastern_test_{Guid.NewGuid():N}");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A database already migrated and seeded with the test settings: a copy of the <see cref="SeededTemplate"/>.</summary>
    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var database = new TestDatabase($"dastern_test_{Guid.NewGuid():N}");
        await SeededTemplate.CloneAsync(async server =>
        {
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{SeededTemplate.Name}\"", server);
            await command.ExecuteNonQueryAsync();
        });
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    internal static async Task<NpgsqlConnection> OpenServerConnectionAsync()
    {
        var connection = new NpgsqlConnection($"{TestEnvironment.PostgresServer};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
