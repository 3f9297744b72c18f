using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DasTern.Redis;

/// <summary>
/// The one Redis connection of the process, and a circuit in front of it. After a failure (Redis
/// stopped, or hung so that commands time out) every user skips Redis at once instead of waiting
/// out a timeout per request; a background probe pings it every <see cref="RedisOptions.RetryInterval"/>
/// and, when it answers, lets callers through again and raises <see cref="Restored"/> so that what
/// was missed meanwhile can be caught up.
/// </summary>
public sealed class RedisAvailability : IDisposable
{
    private readonly RedisOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisAvailability> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private int _open;

    public RedisAvailability(IConnectionMultiplexer connection, IOptions<RedisOptions> options, TimeProvider timeProvider, ILogger<RedisAvailability> logger)
    {
        Connection = connection;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        connection.ConnectionFailed += OnConnectionFailed;
        if (!connection.IsConnected)
        {
            ReportFailure(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis could not be reached at start."));
        }
    }

    public IConnectionMultiplexer Connection { get; }

    /// <summary>Whether a command may be sent now; false while the circuit is open or the connection is down.</summary>
    public bool IsAvailable => Volatile.Read(ref _open) == 0 && Connection.IsConnected;

    /// <summary>Raised on a background thread when Redis answers again after it was found unavailable.</summary>
    public event Action? Restored;

    /// <summary>The failures that mean Redis is down or hung, as opposed to a bug in the caller.</summary>
    public static bool IsFailure(Exception exception) => exception is RedisException or TimeoutException;

    /// <summary>Opens the circuit: every caller skips Redis until a probe finds it answering again.</summary>
    public void ReportFailure(Exception exception)
    {
        if (Interlocked.Exchange(ref _open, 1) == 0)
        {
            _logger.LogWarning(exception, "Redis is unavailable; it is skipped and probed every {RetryInterval}", _options.RetryInterval);
            _ = ProbeUntilRestoredAsync();
        }
    }

    public void Dispose()
    {
        Connection.ConnectionFailed -= OnConnectionFailed;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args) =>
        ReportFailure(args.Exception ?? new RedisConnectionException(args.FailureType, "The Redis connection failed."));

    private async Task ProbeUntilRestoredAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.RetryInterval, _timeProvider, stopping);
                await Connection.GetDatabase().PingAsync();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (IsFailure(exception))
            {
                _logger.LogDebug(exception, "Redis is still unavailable");
                continue;
            }

            Volatile.Write(ref _open, 0);
            _logger.LogInformation("Redis is available again");
            RaiseRestored();
            return;
        }
    }

    private void RaiseRestored()
    {
        foreach (var handler in Restored?.GetInvocationList().Cast<Action>() ?? [])
        {
            try
            {
                handler();
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "A handler of Redis coming back failed");
            }
        }
    }
}
