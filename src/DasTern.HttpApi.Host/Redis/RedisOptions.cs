using StackExchange.Redis;

namespace DasTern.Redis;

/// <summary>
/// Redis (section <c>Redis</c>): the cache's second level, the rate-limit counters and the
/// revocation channel, all over one connection. Nothing in it is worth the API: when it is down
/// or hung, every user of it carries on without it.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string; empty means no Redis (memory only, limits per instance).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key and channel, so deployments (or test runs) can share one Redis.</summary>
    public string InstanceName { get; set; } = "DasTern:";

    /// <summary>Longest wait for one command; a Redis slower than this counts as down.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After a failure, how long every caller skips Redis before it is probed (and reconnected) again.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    public ConfigurationOptions ToConfigurationOptions()
    {
        var options = ConfigurationOptions.Parse(Configuration!);
        var timeout = (int)OperationTimeout.TotalMilliseconds;
        // Start, and keep running, without Redis; the connection is re-established in the background.
        options.AbortOnConnectFail = false;
        // While disconnected, a command fails at once instead of waiting in a queue until it times out.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.SyncTimeout = timeout;
        options.AsyncTimeout = timeout;
        // A first connection (with TLS to a managed Redis) may take longer than one command.
        options.ConnectTimeout = Math.Max(timeout, 5_000);
        options.ReconnectRetryPolicy = new LinearRetry((int)RetryInterval.TotalMilliseconds);
        return options;
    }
}
