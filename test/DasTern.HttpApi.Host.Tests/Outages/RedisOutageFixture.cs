using System.Globalization;
using DasTern.Infrastructure;
using DasTern.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Outages;

/// <summary>
/// A Redis of its own (to stop and hang) shared by three hosts on one database: two that reload the
/// revocation list every second, and one that would take an hour, so only a Redis message can bring
/// it a revocation quickly. Redis is given up on and probed again within half a second.
/// </summary>
public sealed class RedisOutageFixture : IAsyncLifetime
{
    public const int PermitsPerMinute = 5;

    public PrivateRedisServer Redis { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public DasTernHostFactory First { get; private set; } = null!;

    public DasTernHostFactory Second { get; private set; } = null!;

    public DasTernHostFactory SlowReload { get; private set; } = null!;

    /// <summary>The settings of the first two hosts: another process on the same Redis and database.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await PrivateRedisServer.StartAsync();
        Database = await TestDatabase.CreateSeededAsync();
        HostSettings = Settings(TimeSpan.FromSeconds(1));
        First = new DasTernHostFactory(HostSettings);
        Second = new DasTernHostFactory(HostSettings);
        SlowReload = new DasTernHostFactory(Settings(TimeSpan.FromHours(1)));
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await SlowReload.DisposeAsync();
        await Database.DisposeAsync();
        await Redis.DisposeAsync();
    }

    /// <summary>Starts Redis again (or lets it go on) and waits until every host uses it again.</summary>
    public async Task BringRedisBackAsync(Func<Task> bringBack)
    {
        await bringBack();
        foreach (var host in new[] { First, Second, SlowReload })
        {
            var redis = host.Services.GetRequiredService<RedisAvailability>();
            (await Eventually.TrueAsync(() => redis.IsAvailable)).ShouldBeTrue("Redis should be in use again");
        }
    }

    private Dictionary<string, string?> Settings(TimeSpan reloadInterval)
    {
        var settings = TestSettings.For(Database);
        settings["Redis:Configuration"] = Redis.Configuration;
        settings["Redis:OperationTimeout"] = "00:00:00.5";
        settings["Redis:RetryInterval"] = "00:00:00.5";
        settings["AccessTokenRevocation:ReloadInterval"] = reloadInterval.ToString("c", CultureInfo.InvariantCulture);
        settings["RateLimiting:PermitsPerMinute"] = PermitsPerMinute.ToString(CultureInfo.InvariantCulture);
        return settings;
    }
}
