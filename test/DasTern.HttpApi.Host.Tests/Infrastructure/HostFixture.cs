using System.Net.Http.Headers;
using DasTern.Data;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Infrastructure;

/// <summary>One migrated database and one running host shared by the HTTP tests.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = [];

    public TestDatabase Database { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = null!;

    public DasTernHostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        Settings = TestSettings.For(Database);
        Factory = new DasTernHostFactory(Settings);
    }

    /// <summary>Migrates and seeds the database before any host starts, so a host finds its tables (the revocation list) at once.</summary>
    public static async Task MigrateAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var services = DasTernTestServices.Build(settings);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DasTernDbMigrationService>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Client(string? accessToken = null)
    {
        var client = Factory.CreateClient();
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>The typed client proxies, calling this host with <paramref name="accessToken"/> (anonymously when null).</summary>
    public ApiClient Api(string? accessToken = null) => new(Factory, accessToken);

    /// <summary>A new active user in <paramref name="role"/> (none when null); returns the sign-in name and password.</summary>
    public async Task<(string Email, string Password, Guid Id)> CreateUserAsync(string? role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role?.ToLowerInvariant() ?? "nobody"}-{Guid.NewGuid():N}@dastern.test";
        const string password = "quiet river lantern 4071";
        var user = new AppUser(email, email, DateTimeOffset.UtcNow) { EmailConfirmed = true };
        IdentityResults.ThrowIfFailed(await users.CreateAsync(user, password));
        if (role is not null)
        {
            IdentityResults.ThrowIfFailed(await users.AddToRoleAsync(user, role));
        }

        return (email, password, user.Id);
    }

    /// <summary>A doctor whose email is confirmed and whose licence waits for an admin's verification.</summary>
    public async Task<(string Email, string Password, Guid Id)> CreatePendingDoctorAsync()
    {
        var (email, password, id) = await CreateUserAsync(role: null);
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.ApplyAsDoctor("KH-MED-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), "General practice", "Calmette");
        IdentityResults.ThrowIfFailed(await users.UpdateAsync(user));
        return (email, password, id);
    }

    /// <summary>An access token of a (cached) user of the role; the admin is the seeded one.</summary>
    public async Task<string> TokenForAsync(string role)
    {
        if (_tokens.TryGetValue(role, out var cached))
        {
            return cached;
        }

        using var client = Client();
        var (email, password) = (TestSettings.AdminEmail, TestSettings.AdminPassword);
        if (role != RoleNames.Admin)
        {
            (email, password, _) = await CreateUserAsync(role);
        }

        return _tokens[role] = await TokenClient.AccessTokenAsync(client, email, password);
    }
}

[CollectionDefinition(Name)]
public sealed class HostTestCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Host";
}
