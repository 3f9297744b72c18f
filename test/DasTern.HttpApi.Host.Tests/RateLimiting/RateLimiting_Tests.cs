using System.Net;
using System.Net.Http.Json;
using System.Text;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.RateLimiting;

[Collection(HostTestCollection.Name)]
public class RateLimiting_Tests(HostFixture fixture)
{
    private Dictionary<string, string?> Limited(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(fixture.Settings)
        {
            ["Redis:InstanceName"] = $"DasTernTest:rate-{Guid.NewGuid():N}:",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task Should_Count_Requests_Per_Route_And_User_Across_Instances()
    {
        var settings = Limited(("RateLimiting:PermitsPerMinute", "4"));
        var token = await fixture.TokenForAsync(RoleNames.Patient);
        await using var first = new DasTernHostFactory(settings);
        await using var second = new DasTernHostFactory(settings);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        a.DefaultRequestHeaders.Authorization = b.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { a, b, a, b })
        {
            statuses.Add((await client.GetAsync("/api/app/medicine/categories")).StatusCode);
        }

        using var otherRoute = await a.GetAsync("/api/app/medicine?maxResultCount=1");
        using var refused = await b.GetAsync("/api/app/medicine/categories");

        statuses.ShouldAllBe(status => status == HttpStatusCode.OK);
        otherRoute.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProblemDetailsBody.ReadAsync(refused, 429, DasTernErrorCodes.TooManyRequests);
        int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task Should_Limit_Token_Requests_More_Tightly()
    {
        await using var host = new DasTernHostFactory(Limited(("RateLimiting:TokenPermitsPerMinute", "3")));
        using var client = host.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, "wrong-password")).Status);
        }

        statuses.Take(3).ShouldAllBe(status => status == 400);
        statuses[3].ShouldBe(429);
    }

    [Fact]
    public async Task Should_Count_Registration_And_Password_Reset_In_The_Sign_In_Window()
    {
        await using var host = new DasTernHostFactory(Limited(("RateLimiting:TokenPermitsPerMinute", "3")));
        using var client = host.CreateClient();

        using var register = await client.PostAsJsonAsync("/api/account/register-patient", new { });
        using var reset = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "nobody@example.test" });
        var token = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, "wrong-password");
        using var refusedReset = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "nobody@example.test" });
        using var refusedRegister = await client.PostAsJsonAsync("/api/account/register-caregiver", new { });

        register.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        token.Status.ShouldBe(400);
        await ProblemDetailsBody.ReadAsync(refusedReset, 429, DasTernErrorCodes.TooManyRequests);
        await ProblemDetailsBody.ReadAsync(refusedRegister, 429, DasTernErrorCodes.TooManyRequests);
    }

    [Fact]
    public async Task Should_Keep_Admitting_Sign_Ins_After_The_Concurrency_Limiter_Sat_Idle()
    {
        await using var host = new DasTernHostFactory(Limited());
        using var client = host.CreateClient();

        var before = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);
        // The partitioned limiter drops a partition idle for more than ten seconds and builds it again.
        await Task.Delay(TimeSpan.FromSeconds(11));
        var after = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);

        before.Status.ShouldBe(200);
        after.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Queue_Sign_Ins_Beyond_The_Concurrency_Limit_And_Refuse_The_Overflow()
    {
        await using var host = new DasTernHostFactory(Limited(("RateLimiting:SignInConcurrency", "1"), ("RateLimiting:SignInQueueLimit", "0")));
        using var client = host.CreateClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword)));

        results.ShouldContain(result => result.Status == 200);
        results.ShouldContain(result => result.Status == 429);
    }

    [Fact]
    public async Task Should_Send_Security_Headers_And_Refuse_Oversized_Bodies()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var api = await client.GetAsync("/api/app/medicine/categories");
        using var health = await client.GetAsync("/health/live");
        using var body = new StringContent(new string('x', 1024 * 1024 + 1), Encoding.UTF8, "application/json");
        using var oversized = await client.PostAsync("/api/app/medicine", body);

        api.Headers.CacheControl!.NoStore.ShouldBeTrue();
        api.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        api.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        health.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        await ProblemDetailsBody.ReadAsync(oversized, 413, DasTernErrorCodes.PayloadTooLarge);
    }
}
