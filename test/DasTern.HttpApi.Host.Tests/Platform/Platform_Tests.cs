using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DasTern.Platform;

[Collection(HostTestCollection.Name)]
public class Platform_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Report_Liveness_And_Readiness_Of_PostgreSQL_Redis_And_The_Revocation_List()
    {
        using var client = fixture.Client();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = report.GetProperty("checks");
        foreach (var dependency in new[] { "postgresql", "redis", "revocation-list" })
        {
            checks.GetProperty(dependency).GetProperty("status").GetString().ShouldBe("Healthy", dependency);
        }
    }

    [Fact]
    public async Task Should_Describe_Every_Endpoint_With_Its_Auth_And_Errors_In_OpenApi()
    {
        using var client = fixture.Client();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        using var page = await client.GetAsync("/scalar/v1");

        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/app/medicine").GetProperty("get");
        var create = paths.GetProperty("/api/app/medicine").GetProperty("post");
        paths.TryGetProperty("/api/app/medicine/{id}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/permission-management/permissions", out _).ShouldBeTrue();
        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
        list.GetProperty("security").GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var status in new[] { "400", "401", "403", "500" })
        {
            create.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue(status);
        }

        create.GetProperty("description").GetString()!.ShouldContain("DasTern.Medicines.Create");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Echo_A_Correlation_Id_Or_Make_One_And_Expose_It_Through_Cors()
    {
        using var client = fixture.Client();
        using var withId = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        withId.Headers.Add("X-Correlation-Id", "abc-123");
        withId.Headers.Add("Origin", "https://admin.dastern.test");

        using var echoed = await client.SendAsync(withId);
        using var generated = await client.GetAsync("/health/live");

        echoed.Headers.GetValues("X-Correlation-Id").Single().ShouldBe("abc-123");
        echoed.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("X-Correlation-Id");
        generated.Headers.GetValues("X-Correlation-Id").Single().Length.ShouldBe(32);
    }

    [Fact]
    public async Task Should_Replace_A_Correlation_Id_That_Is_Not_Safe_To_Echo()
    {
        using var client = fixture.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>");

        using var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Correlation-Id").Single().ShouldNotContain("<");
    }

    [Fact]
    public async Task Should_Guard_The_Hangfire_Dashboard_With_A_Permission()
    {
        using var anonymous = fixture.Client();
        using var patient = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var anonymousResponse = await anonymous.GetAsync("/hangfire");
        using var patientResponse = await patient.GetAsync("/hangfire");
        using var adminResponse = await admin.GetAsync("/hangfire");

        await ProblemDetailsBody.ReadAsync(anonymousResponse, 401, CommonErrorCodes.Unauthorized);
        await ProblemDetailsBody.ReadAsync(patientResponse, 403, CommonErrorCodes.Forbidden);
        adminResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await adminResponse.Content.ReadAsStringAsync()).ShouldContain("Hangfire");
    }

    [Fact]
    public async Task Should_Run_Background_Jobs_In_The_Host()
    {
        await using var host = new DasTernHostFactory(TestSettings.WithJobServer(fixture.Settings));
        var marker = Guid.NewGuid();
        var client = host.Services.GetRequiredService<IBackgroundJobClient>();

        client.Enqueue(() => HangfireProbe.Record(marker));

        (await HangfireProbe.WaitForAsync(marker, TimeSpan.FromSeconds(60))).ShouldBeTrue();
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'", connection);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Keep_Cached_Reads_In_Redis_Under_The_Instance_Prefix()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));
        (await client.GetAsync($"/api/app/medicine?filter=redis-probe-{Guid.NewGuid():N}")).EnsureSuccessStatusCode();

        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = server.Keys(pattern: fixture.Settings["Redis:InstanceName"] + "*").Select(key => key.ToString()).ToList();

        keys.ShouldContain(key => key.Contains("medicines:list", StringComparison.Ordinal));
    }
}
