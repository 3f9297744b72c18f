using DasTern.Modularity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DasTern.Redis;

/// <summary>The host's caching as its composition builds it (the container only; no server starts).</summary>
public class RedisCache_Tests
{
    private static readonly Dictionary<string, string?> Base = TestSettings.For("Host=127.0.0.1;Database=unused", "redis-cache");

    [Fact]
    public async Task Should_Use_Redis_As_Second_Level_When_Configured()
    {
        using var provider = Build(new Dictionary<string, string?>(Base)
        {
            ["Redis:Configuration"] = TestEnvironment.Redis,
            ["Redis:InstanceName"] = $"DasTernTest:caching-{Guid.NewGuid():N}:",
        });
        var cache = provider.GetRequiredService<IDistributedCache>();

        await cache.SetAsync("probe", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });

        cache.ShouldBeOfType<RedisFallbackCache>();
        (await cache.GetAsync("probe")).ShouldBe([1, 2, 3]);
        var redis = provider.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();
        (await redis.GetDatabase().KeyExistsAsync($"{provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RedisOptions>>().Value.InstanceName}probe")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Treat_An_Unreachable_Redis_As_A_Miss_And_Writes_To_It_As_Done()
    {
        using var provider = Build(new Dictionary<string, string?>(Base) { ["Redis:Configuration"] = "127.0.0.1:1" });
        var cache = provider.GetRequiredService<IDistributedCache>();

        await cache.SetAsync("probe", [1], new DistributedCacheEntryOptions());
        await cache.RemoveAsync("probe");
        var read = await cache.GetAsync("probe");

        read.ShouldBeNull();
        provider.GetRequiredService<RedisAvailability>().IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public void Should_Stay_In_Memory_When_Redis_Is_Not_Configured()
    {
        using var provider = Build(new Dictionary<string, string?>(Base) { ["Redis:Configuration"] = "" });

        provider.GetService<IDistributedCache>().ShouldNotBeOfType<RedisFallbackCache>();
        provider.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>().ShouldNotBeNull();
    }

    private static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDasTernModule<DasTernHttpApiHostModule>(configuration, "Development", AppContext.BaseDirectory);
        return services.BuildServiceProvider();
    }
}
