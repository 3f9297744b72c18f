using System.Net;
using System.Net.Http.Json;
using System.Text;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
        await ProblemDetailsBody.ReadAsync(refused, 429, CommonErrorCodes.TooManyRequests);
        int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task Should_Limit_Token_Requests_More_Tightly_And_Log_The_Refusal()
    {
        var (email, _, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        await using var host = new DasTernHostFactory(Limited(("RateLimiting:TokenPermitsPerMinute", "3")));
        using var client = host.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await TokenClient.PasswordAsync(client, email, "wrong-password")).Status);
        }

        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var logs = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/audit-logging/audit-logs/security-logs?action=SignInThrottled&maxResultCount=100");

        statuses.Take(3).ShouldAllBe(status => status == 400);
        statuses[3].ShouldBe(429);
        logs.GetProperty("items").EnumerateArray().ShouldContain(log => log.GetProperty("userName").GetString() == email);
    }

    [Fact]
    public async Task Should_Count_Registration_Password_Reset_And_The_Login_Page_In_The_Sign_In_Window()
    {
        await using var host = new DasTernHostFactory(Limited(("RateLimiting:TokenPermitsPerMinute", "3")));
        using var client = host.CreateClient();

        using var register = await client.PostAsJsonAsync("/api/account/register-patient", new { });
        using var reset = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "nobody@example.test" });
        var token = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, "wrong-password");
        using var refusedReset = await client.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "nobody@example.test" });
        using var refusedRegister = await client.PostAsJsonAsync("/api/account/register-caregiver", new { });
        using var loginForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = TestSettings.AdminEmail, ["password"] = "wrong-password", ["returnUrl"] = "/" });
        using var refusedLogin = await client.PostAsync("/account/login", loginForm);

        register.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        token.Status.ShouldBe(400);
        await ProblemDetailsBody.ReadAsync(refusedReset, 429, CommonErrorCodes.TooManyRequests);
        await ProblemDetailsBody.ReadAsync(refusedRegister, 429, CommonErrorCodes.TooManyRequests);
        await ProblemDetailsBody.ReadAsync(refusedLogin, 429, CommonErrorCodes.TooManyRequests);
    }

    [Fact]
    public async Task Should_Admit_Sign_Ins_While_Slow_Clients_Trickle_Their_Bodies()
    {
        var probe = new BodyReadProbe();
        await using var factory = new DasTernHostFactory(Limited(
            ("RateLimiting:SignInConcurrency", "2"),
            ("RateLimiting:SignInQueueLimit", "0"),
            ("RateLimiting:SignInBodyTimeout", "00:00:01")));
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(probe)));
        // Without the redirect handler, which reads a request body whole before sending it.
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var finishUploads = new TaskCompletionSource();
        try
        {
            var slowUploads = Enumerable.Range(0, 4).Select(i => SendSlowSignInAsync(client, $"slow-{i}", finishUploads.Task)).ToList();
            for (var i = 0; i < slowUploads.Count; i++)
            {
                await Task.WhenAny(probe.ReadStarted($"slow-{i}"), slowUploads[i]);
            }

            var signIn = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);

            signIn.Status.ShouldBe(200, signIn.Body.ErrorDescription);
            foreach (var upload in slowUploads)
            {
                using var response = await upload;
                await ProblemDetailsBody.ReadAsync(response, 408, CommonErrorCodes.RequestTimeout);
            }
        }
        finally
        {
            finishUploads.TrySetResult();
        }
    }

    [Fact]
    public async Task Should_Answer_503_To_A_Sign_In_That_Cannot_Be_Served_Within_Its_Time_Box()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        await using var host = new DasTernHostFactory(Limited(
            ("RateLimiting:SignInConcurrency", "1"),
            ("RateLimiting:SignInTimeout", "00:00:01"),
            ("Google:ClientIds:0", FakeGoogleKeyServer.ClientId),
            ("Google:JwksUri", google.JwksUri.ToString()),
            ("Google:KeyRequestTimeout", "00:01:00")));
        using var client = host.CreateClient();
        google.Hold();
        try
        {
            // A Google sign-in holds the only permit while Google keeps it waiting.
            using var googleForm = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = OpenIddict.GoogleOptions.GrantType,
                ["client_id"] = TestSettings.MobileClientId,
                ["id_token"] = google.IssueIdToken($"g-{Guid.NewGuid():N}", $"google-{Guid.NewGuid():N}@gmail.test"),
            });
            var holding = client.PostAsync(RateLimiterSetup.TokenPath, googleForm);
            (await Eventually.TrueAsync(() => google.Fetches > 0)).ShouldBeTrue();

            using var passwordForm = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = TestSettings.MobileClientId,
                ["username"] = TestSettings.AdminEmail,
                ["password"] = TestSettings.AdminPassword,
            });
            using var waiting = await client.PostAsync(RateLimiterSetup.TokenPath, passwordForm);

            await ProblemDetailsBody.ReadAsync(waiting, 503, CommonErrorCodes.ServiceUnavailable);
            waiting.Headers.RetryAfter.ShouldNotBeNull();
            google.Release();
            (await holding).Dispose();
        }
        finally
        {
            google.Release();
        }
    }

    [Fact]
    public async Task Should_Refuse_A_Sign_In_Body_Larger_Than_A_Sign_In_Needs()
    {
        using var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var content = new StreamingContent("grant_type=password&client_id=DasTern_App&username=", fillerBytes: 40 * 1024);

        using var response = await client.PostAsync(RateLimiterSetup.TokenPath, content);

        var body = await ProblemDetailsBody.ReadAsync(response, 413, CommonErrorCodes.PayloadTooLarge);
        body.GetProperty("data").GetProperty("maxBytes").GetInt64().ShouldBe(32 * 1024);
    }

    private static Task<HttpResponseMessage> SendSlowSignInAsync(HttpClient client, string name, Task finish)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, RateLimiterSetup.TokenPath)
        {
            Content = new StreamingContent("grant_type=password&client_id=DasTern_App&username=slow", fillerBytes: 16, stallAfterPrefix: finish),
        };
        request.Headers.Add(BodyReadProbe.HeaderName, name);
        return client.SendAsync(request);
    }

    [Fact]
    public void Should_Keep_Admitting_Sign_Ins_After_The_Concurrency_Limiter_Sat_Idle()
    {
        var partition = RateLimiterSetup.SignInConcurrency(new RateLimitingOptions { SignInConcurrency = 1, SignInQueueLimit = 0 });

        // What the partitioned limiter does to a partition idle for ten seconds (a fixed window of
        // ASP.NET Core's, not configurable): dispose its limiter and call the factory again.
        var idle = partition.Factory(partition.PartitionKey);
        idle.AttemptAcquire().Dispose();
        idle.Dispose();
        var rebuilt = partition.Factory(partition.PartitionKey);

        using var lease = rebuilt.AttemptAcquire();
        lease.IsAcquired.ShouldBeTrue();
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
        await ProblemDetailsBody.ReadAsync(oversized, 413, CommonErrorCodes.PayloadTooLarge);
    }
}
