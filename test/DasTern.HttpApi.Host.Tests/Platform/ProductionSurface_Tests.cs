using System.Net;
using System.Net.Http.Json;
using DasTern.Data;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Platform;

/// <summary>What a production host behind a TLS-terminating proxy trusts, sends and refuses.</summary>
public class ProductionSurface_Tests(ProductionHostFixture fixture) : IClassFixture<ProductionHostFixture>
{
    private static HttpRequestMessage Get(string path, string peer, string? forwardedProto = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ProductionHostFixture.PeerHeader, peer);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    [Fact]
    public async Task Should_Send_Hsts_When_A_Trusted_Proxy_Says_The_Request_Came_Over_Https()
    {
        using var client = fixture.Client();

        using var throughProxy = await client.SendAsync(Get("/health/live", "127.0.0.1", forwardedProto: "https"));
        using var fromStranger = await client.SendAsync(Get("/health/live", "203.0.113.9", forwardedProto: "https"));

        throughProxy.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
        fromStranger.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Set_Secure_Host_Prefixed_Cookies_On_The_Login_Page()
    {
        using var client = fixture.Client();

        using var page = await client.SendAsync(Get("/account/login?returnUrl=%2F", "127.0.0.1", forwardedProto: "https"));

        var cookie = page.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("__Host-dastern.antiforgery=", StringComparison.Ordinal));
        cookie.ShouldContain("secure");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
    }

    [Fact]
    public async Task Should_Refuse_A_Host_Other_Than_The_Issuers()
    {
        using var client = fixture.Client();
        using var request = Get("/health/live", "127.0.0.1");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Believe_A_Forwarded_Client_Address_Only_From_A_Trusted_Proxy()
    {
        using var client = fixture.Client();
        var trusted = Guid.NewGuid().ToString("N");
        var stranger = Guid.NewGuid().ToString("N");
        using var first = Get("/api/no-such-route", "127.0.0.1", forwardedProto: "https", forwardedFor: "198.51.100.7");
        first.Headers.Add("X-Correlation-Id", trusted);
        using var second = Get("/api/no-such-route", "203.0.113.9", forwardedProto: "https", forwardedFor: "198.51.100.7");
        second.Headers.Add("X-Correlation-Id", stranger);

        (await client.SendAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.SendAsync(second)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<Auditing.IAuditLogRepository>();

        (await AddressOfAsync(repository, trusted)).ShouldBe("198.51.100.7");
        (await AddressOfAsync(repository, stranger)).ShouldBe("203.0.113.9");
    }

    private static async Task<string?> AddressOfAsync(Auditing.IAuditLogRepository repository, string correlationId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (count, items) = await repository.GetPagedListAsync(new Auditing.AuditLogQuery(null, null, null, null, null, null, correlationId, 0, 1));
            if (count > 0)
            {
                return items[0].IpAddress;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No audit record for {correlationId}.");
    }

    [Fact]
    public async Task Should_Refuse_To_Start_While_The_Database_Still_Takes_The_Development_Admin_Password()
    {
        await using var database = await TestDatabase.CreateAsync();
        var developmentSettings = TestSettings.For(database);
        developmentSettings["Admin:Password"] = AdminUserOptions.DevelopmentPassword;
        await using (var development = new DasTernHostFactory(developmentSettings))
        {
            await using var scope = development.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DasTernDbMigrationService>().MigrateAsync();
        }

        await using var production = new DasTernHostFactory(ProductionHostFixture.SettingsFor(database), "Production");

        Should.Throw<InvalidOperationException>(() => production.CreateClient()).Message.ShouldContain("development password");
    }
}
