using System.Net;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Infrastructure;

namespace DasTern.Outages;

/// <summary>PostgreSQL stopped: requests answer 503 with <c>Retry-After</c>, and work again once it is back, without a restart.</summary>
public class PostgreSqlOutage_Tests(PostgreSqlOutageFixture fixture) : IClassFixture<PostgreSqlOutageFixture>
{
    [Fact]
    public async Task Should_Answer_Service_Unavailable_With_Retry_After_While_PostgreSQL_Is_Down()
    {
        var (email, password) = await OutageHost.CreateUserAsync(fixture.Host);
        var token = await OutageHost.SignInAsync(fixture.Host);
        using var user = OutageHost.Client(fixture.Host, token);
        using var anonymous = OutageHost.Client(fixture.Host);
        await fixture.PostgreSql.StopAsync();
        try
        {
            using var api = await user.GetAsync($"/api/app/medicine/{Guid.NewGuid()}");
            using var signIn = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = TestSettings.MobileClientId,
                ["username"] = email,
                ["password"] = password,
            }));
            using var live = await anonymous.GetAsync("/health/live");
            using var ready = await anonymous.GetAsync("/health/ready");

            foreach (var response in new[] { api, signIn })
            {
                await ProblemDetailsBody.ReadAsync(response, 503, CommonErrorCodes.ServiceUnavailable);
                response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
            }

            live.StatusCode.ShouldBe(HttpStatusCode.OK);
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement
                .GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString().ShouldBe("Unhealthy");
        }
        finally
        {
            await fixture.PostgreSql.StartAsync();
        }
    }

    [Fact]
    public async Task Should_Serve_Again_Once_PostgreSQL_Is_Back_Without_A_Restart()
    {
        var (email, password) = await OutageHost.CreateUserAsync(fixture.Host);
        var token = await OutageHost.SignInAsync(fixture.Host);
        using var user = OutageHost.Client(fixture.Host, token);
        using var anonymous = OutageHost.Client(fixture.Host);
        await fixture.PostgreSql.StopAsync();
        using (var down = await user.GetAsync($"/api/app/medicine/{Guid.NewGuid()}"))
        {
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        await fixture.PostgreSql.StartAsync();
        var read = await Eventually.StatusAsync(() => user.GetAsync($"/api/app/medicine/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var signIn = await TokenClient.PasswordAsync(anonymous, email, password);

        read.ShouldBe(HttpStatusCode.NotFound);
        signIn.Status.ShouldBe(200, signIn.Body.ErrorDescription);
    }
}
