using System.Net;
using System.Security.Cryptography;
using DasTern.Data;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Platform;

/// <summary>
/// A host in the Production environment behind a TLS-terminating proxy: real keys, HTTPS required,
/// the issuer's host only. A test header stands in for the connection's peer address, which the
/// in-process test server does not have, so tests can be a trusted proxy or a stranger.
/// </summary>
public sealed class ProductionHostFixture : IAsyncLifetime
{
    public const string PeerHeader = "X-Test-Peer";
    public const string Issuer = "https://api.dastern.test:8443/";
    public const string AdminPassword = "Tamarind-orchid-river-lantern-42";

    public TestDatabase Database { get; private set; } = null!;

    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public static Dictionary<string, string?> SettingsFor(TestDatabase database)
    {
        using var signing = RSA.Create(2048);
        using var encryption = RSA.Create(2048);
        var settings = TestSettings.For(database);
        settings["AuthServer:Issuer"] = Issuer;
        settings["AuthServer:RequireHttps"] = "true";
        settings["AuthServer:SigningKey"] = signing.ExportPkcs8PrivateKeyPem();
        settings["AuthServer:EncryptionKey"] = encryption.ExportPkcs8PrivateKeyPem();
        settings["Admin:Password"] = AdminPassword;
        return settings;
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new DasTernHostFactory(SettingsFor(Database), "Production").WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddressFromHeader>()));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DasTernDbMigrationService>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A client addressing the issuer's host (on another port) over plain HTTP, as the proxy forwards it.</summary>
    public HttpClient Client() => Factory.CreateClient(new() { BaseAddress = new Uri("http://api.dastern.test:5000/"), AllowAutoRedirect = false });

    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader].ToString(), out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return following(context);
            });
            next(app);
        };
    }
}
