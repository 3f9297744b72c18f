using DasTern.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DasTern.Account;

/// <summary>
/// A host with a database, an SMTP server and a clock of its own: its background jobs (emails) run
/// only here, and tests can move time forward to expire codes.
/// </summary>
public sealed class AccountHostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestSmtpServer Smtp { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        var settings = TestSettings.WithJobServer(TestSettings.For(Database));
        settings["Email:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Account requests normally pass one at a time per instance; here they may race, as across instances.
        settings["RateLimiting:SignInConcurrency"] = "16";
        Smtp.Start();
        Factory = new DasTernHostFactory(settings).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    /// <summary>The typed client proxies, calling this host with <paramref name="accessToken"/> (anonymously when null).</summary>
    public ApiClient Api(string? accessToken = null) => new(Factory, accessToken);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}
