using System.Collections.Concurrent;
using System.Globalization;
using DasTern.Redis;
using DasTern.Security;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DasTern.OpenIddict;

/// <summary>
/// This instance's copy of the revocation list (token id → expiry), so that checking a token costs no
/// I/O. Kept current three ways: a revocation made here is added at once and published on a Redis
/// channel, and every other instance adds it when the message arrives; the whole unexpired table is
/// read again at start, whenever Redis comes back, and every <see cref="AccessTokenRevocationOptions.ReloadInterval"/>.
/// A lost message or a Redis outage therefore leaves a revocation unseen on another instance for at
/// most that interval. Entries are only ever added (a revocation is never undone) and dropped once expired.
/// </summary>
public sealed class RevokedAccessTokenMirror : BackgroundService
{
    private const string ReloadRequest = "reload";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _entries = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly AccessTokenRevocationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RevokedAccessTokenMirror> _logger;
    private readonly RedisAvailability? _redis;
    private readonly RedisChannel _channel;
    private long _lastLoadedTicks;
    private int _subscription;

    public RevokedAccessTokenMirror(
        IServiceScopeFactory scopes,
        IOptions<AccessTokenRevocationOptions> options,
        IOptions<RedisOptions> redisOptions,
        TimeProvider timeProvider,
        ILogger<RevokedAccessTokenMirror> logger,
        RedisAvailability? redis = null)
    {
        _scopes = scopes;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _redis = redis;
        _channel = RedisChannel.Literal(redisOptions.Value.InstanceName + "revoked-access-tokens");
        if (redis is not null)
        {
            redis.Restored += OnRedisRestored;
        }
    }

    /// <summary>When the table was last read in full; null until a read has succeeded.</summary>
    public DateTimeOffset? LastLoaded
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastLoadedTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public bool Contains(string tokenId) => _entries.TryGetValue(tokenId, out var expiresAt) && expiresAt > _timeProvider.GetUtcNow();

    /// <summary>Adds a revocation committed on this instance, and tells the other instances.</summary>
    public Task AddAsync(string tokenId, DateTimeOffset expiresAt)
    {
        _entries[tokenId] = expiresAt;
        return PublishAsync(string.Create(CultureInfo.InvariantCulture, $"{expiresAt.ToUnixTimeMilliseconds()} {tokenId}"));
    }

    public async Task ReloadEverywhereAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await PublishAsync(ReloadRequest);
    }

    /// <summary>
    /// Reads the table before the host serves requests, so tokens revoked before this start are refused
    /// from the first request. With the database down the host starts anyway, says so on /health/ready,
    /// and tries again every interval.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        if (_redis is not null)
        {
            _redis.Restored -= OnRedisRestored;
        }

        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.ReloadInterval, _timeProvider);
        await TrySubscribeAsync();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TrySubscribeAsync();
            await TryReloadAsync(stoppingToken);
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        await using var scope = _scopes.CreateAsyncScope();
        var revoked = await scope.ServiceProvider.GetRequiredService<IRevokedAccessTokenRepository>().GetUnexpiredAsync(now, cancellationToken);
        foreach (var token in revoked)
        {
            _entries[token.Id] = token.ExpiresAt;
        }

        foreach (var entry in _entries.Where(entry => entry.Value <= now))
        {
            _entries.TryRemove(entry);
        }

        Interlocked.Exchange(ref _lastLoadedTicks, now.UtcTicks);
    }

    private async Task TryReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReloadAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(exception, "The access-token revocation list could not be reloaded; revocations made on other instances may go unseen until it can");
        }
    }

    /// <summary>Subscribes once; the connection re-subscribes by itself after every reconnect.</summary>
    private async Task TrySubscribeAsync()
    {
        if (_redis is not { IsAvailable: true } || Interlocked.CompareExchange(ref _subscription, 1, 0) != 0)
        {
            return;
        }

        try
        {
            await _redis.Connection.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message));
        }
        catch (Exception exception) when (RedisAvailability.IsFailure(exception))
        {
            Volatile.Write(ref _subscription, 0);
            _redis.ReportFailure(exception);
        }
    }

    private void OnMessage(RedisValue message)
    {
        var text = message.ToString();
        if (text == ReloadRequest)
        {
            _ = TryReloadAsync(CancellationToken.None);
            return;
        }

        var separator = text.IndexOf(' ', StringComparison.Ordinal);
        if (separator > 0 && long.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            _entries[text[(separator + 1)..]] = DateTimeOffset.FromUnixTimeMilliseconds(expiresAt);
        }
    }

    private async Task PublishAsync(string message)
    {
        if (_redis is not { IsAvailable: true })
        {
            return;
        }

        try
        {
            await _redis.Connection.GetSubscriber().PublishAsync(_channel, message);
        }
        catch (Exception exception) when (RedisAvailability.IsFailure(exception))
        {
            _redis.ReportFailure(exception);
        }
    }

    /// <summary>Messages sent while Redis was away are lost: read the table again.</summary>
    private void OnRedisRestored() => _ = Task.Run(async () =>
    {
        await TrySubscribeAsync();
        await TryReloadAsync(CancellationToken.None);
    });
}
