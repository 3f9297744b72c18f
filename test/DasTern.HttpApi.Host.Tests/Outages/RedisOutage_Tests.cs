using System.Net;
using System.Text.Json;
using DasTern.Infrastructure;
using DasTern.OpenIddict;
using DasTern.Security;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Outages;

/// <summary>Redis stopped or hung: the API keeps serving, promptly, and catches up when Redis is back.</summary>
public class RedisOutage_Tests(RedisOutageFixture fixture) : IClassFixture<RedisOutageFixture>
{
    [Fact]
    public async Task Should_Serve_Reads_Sign_Ins_Configuration_And_Liveness_While_Redis_Is_Stopped()
    {
        var serve = await PrepareAsync();
        await fixture.Redis.StopAsync();
        try
        {
            await serve();
        }
        finally
        {
            await fixture.BringRedisBackAsync(fixture.Redis.RestartAsync);
        }
    }

    [Fact]
    public async Task Should_Serve_Reads_Sign_Ins_Configuration_And_Liveness_While_Redis_Hangs()
    {
        var serve = await PrepareAsync();
        await fixture.Redis.PauseAsync();
        try
        {
            await serve();
        }
        finally
        {
            await fixture.BringRedisBackAsync(fixture.Redis.ResumeAsync);
        }
    }

    [Fact]
    public async Task Should_Bring_A_Logout_Made_While_Redis_Is_Down_To_The_Other_Instances_Within_The_Reload_Interval()
    {
        var token = await OutageHost.SignInAsync(fixture.First);
        using var first = OutageHost.Client(fixture.First, token);
        using var second = OutageHost.Client(fixture.Second, token);
        (await second.GetAsync("/api/app/medicine/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var secondMirror = fixture.Second.Services.GetRequiredService<RevokedAccessTokenMirror>();
        await fixture.Redis.StopAsync();
        try
        {
            using var logout = await first.PostAsync("/api/account/logout", null);
            using var refusedHere = await first.GetAsync("/api/app/medicine/categories");
            var heardOfIt = await Eventually.TrueAsync(() => secondMirror.Contains(OutageHost.TokenIdOf(token)), TimeSpan.FromSeconds(15));
            using var refusedThere = await second.GetAsync("/api/app/medicine/categories");

            logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            refusedHere.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            heardOfIt.ShouldBeTrue();
            refusedThere.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            await fixture.BringRedisBackAsync(fixture.Redis.RestartAsync);
        }
    }

    [Fact]
    public async Task Should_Tell_Other_Instances_Of_A_Logout_Through_Redis_At_Once()
    {
        var token = await OutageHost.SignInAsync(fixture.First);
        using var first = OutageHost.Client(fixture.First, token);
        using var slowReload = OutageHost.Client(fixture.SlowReload, token);
        (await slowReload.GetAsync("/api/app/medicine/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mirror = fixture.SlowReload.Services.GetRequiredService<RevokedAccessTokenMirror>();

        using var logout = await first.PostAsync("/api/account/logout", null);
        // This instance reads the table once an hour: only the Redis message can bring the revocation now.
        var heardOfIt = await Eventually.TrueAsync(() => mirror.Contains(OutageHost.TokenIdOf(token)), TimeSpan.FromSeconds(5));
        using var refused = await slowReload.GetAsync("/api/app/medicine/categories");

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        heardOfIt.ShouldBeTrue();
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Reload_The_Revocation_List_On_Every_Instance_When_Asked()
    {
        var tokenId = $"bulk-{Guid.NewGuid():N}";
        var mirror = fixture.SlowReload.Services.GetRequiredService<RevokedAccessTokenMirror>();
        await using (var scope = fixture.First.Services.CreateAsyncScope())
        {
            // As a bulk revocation would: straight into the table, then a reload everywhere.
            await scope.ServiceProvider.GetRequiredService<IRevokedAccessTokenRepository>().AddAsync(tokenId, TimeProvider.System.GetUtcNow().AddHours(1));
            await scope.ServiceProvider.GetRequiredService<IAccessTokenRevocationList>().ReloadAsync();
        }

        (await Eventually.TrueAsync(() => mirror.Contains(tokenId), TimeSpan.FromSeconds(5))).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Count_Requests_Per_Instance_While_Redis_Is_Down_And_Across_Instances_Once_It_Is_Back()
    {
        var duringOutage = await OutageHost.SignInAsync(fixture.First);
        var afterOutage = await OutageHost.SignInAsync(fixture.First);
        var limit = RedisOutageFixture.PermitsPerMinute;
        List<HttpStatusCode> first, second;
        await fixture.Redis.StopAsync();
        try
        {
            first = await RequestCategoriesAsync([.. Enumerable.Repeat(fixture.First, limit + 1)], duringOutage);
            second = await RequestCategoriesAsync([.. Enumerable.Repeat(fixture.Second, limit)], duringOutage);
        }
        finally
        {
            await fixture.BringRedisBackAsync(fixture.Redis.RestartAsync);
        }

        var shared = await RequestCategoriesAsync([.. Enumerable.Range(0, limit + 1).Select(i => i % 2 == 0 ? fixture.First : fixture.Second)], afterOutage);

        first.Take(limit).ShouldAllBe(status => status == HttpStatusCode.OK);
        first[limit].ShouldBe(HttpStatusCode.TooManyRequests);
        second.ShouldAllBe(status => status == HttpStatusCode.OK);
        shared.Take(limit).ShouldAllBe(status => status == HttpStatusCode.OK);
        shared[limit].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_Make_Up_For_Cache_Invalidations_That_Missed_A_Hung_Redis()
    {
        var (tagged, tag, removed) = ($"outage-tagged-{Guid.NewGuid():N}", $"outage-tag-{Guid.NewGuid():N}", $"outage-removed-{Guid.NewGuid():N}");
        var cache = fixture.First.Services.GetRequiredService<HybridCache>();
        await cache.GetOrCreateAsync(tagged, _ => ValueTask.FromResult("before"), tags: [tag]);
        await cache.GetOrCreateAsync(removed, _ => ValueTask.FromResult("before"));
        await fixture.Redis.PauseAsync();
        try
        {
            // Redis keeps both entries while it hangs; the invalidations cannot reach it.
            await cache.RemoveByTagAsync(tag);
            await cache.RemoveAsync(removed);
        }
        finally
        {
            await fixture.BringRedisBackAsync(fixture.Redis.ResumeAsync);
        }

        // Another process, reading through Redis only, must see neither stale entry.
        var madeUp = await Eventually.TrueAsync(async () =>
        {
            await using var otherProcess = DasTernTestServices.Build(fixture.HostSettings);
            var otherCache = otherProcess.GetRequiredService<HybridCache>();
            return await otherCache.GetOrCreateAsync(tagged, _ => ValueTask.FromResult("after"), tags: [tag]) == "after"
                && await otherCache.GetOrCreateAsync(removed, _ => ValueTask.FromResult("after")) == "after";
        });

        madeUp.ShouldBeTrue();
    }

    private static async Task<List<HttpStatusCode>> RequestCategoriesAsync(IReadOnlyList<DasTernHostFactory> hosts, string token)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var host in hosts)
        {
            using var client = OutageHost.Client(host, token);
            using var response = await client.GetAsync("/api/app/medicine/categories");
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    /// <summary>Signs in and warms the cache while Redis is up; the returned check runs the calls that must keep working.</summary>
    private async Task<Func<Task>> PrepareAsync()
    {
        var host = fixture.First;
        var token = await OutageHost.SignInAsync(host);
        var (email, password) = await OutageHost.CreateUserAsync(host);
        var cachedSearch = $"/api/app/medicine?filter=outage-{Guid.NewGuid():N}";
        using (var warm = OutageHost.Client(host, token))
        {
            (await warm.GetAsync(cachedSearch)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return async () =>
        {
            using var user = OutageHost.Client(host, token);
            using var anonymous = OutageHost.Client(host);

            using var cached = await user.GetAsync(cachedSearch);
            using var uncached = await user.GetAsync($"/api/app/medicine?filter=outage-{Guid.NewGuid():N}");
            var signIn = await TokenClient.PasswordAsync(anonymous, email, password);
            using var configuration = await user.GetAsync("/api/application-configuration");
            using var anonymousConfiguration = await anonymous.GetAsync("/api/application-configuration");
            using var live = await anonymous.GetAsync("/health/live");
            using var ready = await anonymous.GetAsync("/health/ready");

            cached.StatusCode.ShouldBe(HttpStatusCode.OK);
            uncached.StatusCode.ShouldBe(HttpStatusCode.OK);
            signIn.Status.ShouldBe(200, signIn.Body.ErrorDescription);
            configuration.StatusCode.ShouldBe(HttpStatusCode.OK);
            anonymousConfiguration.StatusCode.ShouldBe(HttpStatusCode.OK);
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
            checks.GetProperty("redis").GetProperty("status").GetString().ShouldBe("Degraded");
            checks.GetProperty("postgresql").GetProperty("status").GetString().ShouldBe("Healthy");
        };
    }
}
