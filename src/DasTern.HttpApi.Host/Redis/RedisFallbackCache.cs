using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DasTern.Redis;

/// <summary>
/// HybridCache's second level (Redis) as a cache that can be missing: while Redis is unavailable,
/// or when a call fails, a read is a miss and a write does nothing, so the in-memory level and the
/// database keep serving without waiting on Redis.
/// </summary>
/// <remarks>
/// Writes that did not reach Redis are made up for when it is back, because a Redis that was only
/// unreachable (hung) still holds the values from before the outage, and an entry changed meanwhile
/// (a revoked permission) must not come back from it: each such key is removed (the next read
/// recomputes it), and each tag invalidated meanwhile is invalidated again, as of then. Reading a tag
/// invalidation while Redis is away fails instead of missing: HybridCache then takes the tag as
/// invalidated now, where a miss would mean "never invalidated" and let old entries through.
/// </remarks>
public sealed class RedisFallbackCache : IBufferDistributedCache
{
    /// <summary>The key prefix under which HybridCache keeps tag invalidation times (UTC ticks, 8 bytes little-endian).</summary>
    private const string TagInvalidationPrefix = "__MSFT_HCT__";
    private const int MaxMissedWrites = 10_000;

    private readonly IBufferDistributedCache _redis;
    private readonly RedisAvailability _availability;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisFallbackCache> _logger;

    /// <summary>Keys written while Redis was away, with the entry options of the last tag invalidation (null for data).</summary>
    private readonly ConcurrentDictionary<string, DistributedCacheEntryOptions?> _missedWrites = new(StringComparer.Ordinal);
    private int _catchingUp;
    private int _overflowReported;

    public RedisFallbackCache(IBufferDistributedCache redis, RedisAvailability availability, TimeProvider timeProvider, ILogger<RedisFallbackCache> logger)
    {
        _redis = redis;
        _availability = availability;
        _timeProvider = timeProvider;
        _logger = logger;
        availability.Restored += () => _ = CatchUpAsync();
    }

    public byte[]? Get(string key) => Read(key, () => _redis.Get(key), miss: null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        ReadAsync(key, () => _redis.GetAsync(key, token), miss: null);

    public bool TryGet(string key, IBufferWriter<byte> destination) => Read(key, () => _redis.TryGet(key, destination), miss: false);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        await ReadAsync(key, () => _redis.TryGetAsync(key, destination, token).AsTask(), miss: false);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Write(key, options, () => _redis.Set(key, value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        WriteAsync(key, options, () => _redis.SetAsync(key, value, options, token));

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) => Write(key, options, () => _redis.Set(key, value, options));

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await WriteAsync(key, options, () => _redis.SetAsync(key, value, options, token).AsTask());

    public void Refresh(string key) => Read(key, () => { _redis.Refresh(key); return true; }, miss: false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        ReadAsync(key, async () => { await _redis.RefreshAsync(key, token); return true; }, miss: false);

    public void Remove(string key) => Write(key, options: null, () => _redis.Remove(key));

    public Task RemoveAsync(string key, CancellationToken token = default) => WriteAsync(key, options: null, () => _redis.RemoveAsync(key, token));

    private static bool IsTagInvalidation(string key) => key.StartsWith(TagInvalidationPrefix, StringComparison.Ordinal);

    private static RedisConnectionException Unavailable() => new(ConnectionFailureType.UnableToConnect, "Redis is unavailable.");

    private T Read<T>(string key, Func<T> read, T miss)
    {
        if (_availability.IsAvailable)
        {
            try
            {
                return read();
            }
            catch (Exception exception) when (RedisAvailability.IsFailure(exception))
            {
                _availability.ReportFailure(exception);
            }
        }

        return IsTagInvalidation(key) ? throw Unavailable() : miss;
    }

    private async Task<T> ReadAsync<T>(string key, Func<Task<T>> read, T miss)
    {
        if (_availability.IsAvailable)
        {
            try
            {
                return await read();
            }
            catch (Exception exception) when (RedisAvailability.IsFailure(exception))
            {
                _availability.ReportFailure(exception);
            }
        }

        return IsTagInvalidation(key) ? throw Unavailable() : miss;
    }

    private void Write(string key, DistributedCacheEntryOptions? options, Action write)
    {
        if (_availability.IsAvailable)
        {
            try
            {
                write();
                return;
            }
            catch (Exception exception) when (RedisAvailability.IsFailure(exception))
            {
                _availability.ReportFailure(exception);
            }
        }

        Remember(key, options);
    }

    private async Task WriteAsync(string key, DistributedCacheEntryOptions? options, Func<Task> write)
    {
        if (_availability.IsAvailable)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception exception) when (RedisAvailability.IsFailure(exception))
            {
                _availability.ReportFailure(exception);
            }
        }

        Remember(key, options);
    }

    private void Remember(string key, DistributedCacheEntryOptions? options)
    {
        if (_missedWrites.Count >= MaxMissedWrites && !_missedWrites.ContainsKey(key))
        {
            if (Interlocked.Exchange(ref _overflowReported, 1) == 0)
            {
                _logger.LogWarning("More than {Max} cache writes missed Redis; entries written before the outage may be served until they expire", MaxMissedWrites);
            }

            return;
        }

        _missedWrites[key] = IsTagInvalidation(key) ? options ?? new DistributedCacheEntryOptions() : null;
    }

    private async Task CatchUpAsync()
    {
        if (Interlocked.Exchange(ref _catchingUp, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var (key, options) in _missedWrites)
            {
                if (!_availability.IsAvailable)
                {
                    return;
                }

                await (options is null ? _redis.RemoveAsync(key) : _redis.SetAsync(key, InvalidatedNow(), options));
                _missedWrites.TryRemove(new KeyValuePair<string, DistributedCacheEntryOptions?>(key, options));
            }

            Volatile.Write(ref _overflowReported, 0);
        }
        catch (Exception exception) when (RedisAvailability.IsFailure(exception))
        {
            _availability.ReportFailure(exception);
        }
        finally
        {
            Volatile.Write(ref _catchingUp, 0);
        }
    }

    /// <summary>A tag invalidation time of now: never earlier than one another instance wrote meanwhile.</summary>
    private byte[] InvalidatedNow()
    {
        var value = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(value, _timeProvider.GetUtcNow().UtcTicks);
        return value;
    }
}
