using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>
/// Google's signing keys, shared by every sign-in of the instance. The set is kept for the lifetime
/// Google gives it (<c>Cache-Control: max-age</c>, held between 5 minutes and a day); it is fetched by
/// one request at a time however many sign-ins wait for it, at most once per
/// <see cref="GoogleOptions.KeyRefreshInterval"/> (an unknown key id cannot make every sign-in fetch),
/// and within <see cref="GoogleOptions.KeyRequestTimeout"/>. A set that cannot be fetched or read leaves
/// the last good one in use.
/// </summary>
public sealed class GoogleSigningKeys(IHttpClientFactory httpClientFactory, IOptions<GoogleOptions> options, TimeProvider timeProvider, ILogger<GoogleSigningKeys> logger)
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile KeySet? _current;
    private DateTimeOffset _lastFetch = DateTimeOffset.MinValue;

    /// <summary>The keys to check a token signed with <paramref name="keyId"/> against; null when no key set could be had.</summary>
    public async Task<IList<SecurityKey>?> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (Decides(_current, keyId) is { } keys)
        {
            return keys;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Decides(_current, keyId) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var now = timeProvider.GetUtcNow();
            if (now - _lastFetch >= options.Value.KeyRefreshInterval)
            {
                _lastFetch = now;
                _current = await FetchAsync(now) ?? _current;
            }

            return _current?.Keys;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private IList<SecurityKey>? Decides(KeySet? set, string? keyId) =>
        set is not null && set.ExpiresAt > timeProvider.GetUtcNow() && (keyId is null || set.Keys.Any(key => key.KeyId == keyId))
            ? set.Keys
            : null;

    /// <remarks>Not cancelled with the request that happens to fetch: the others wait for the same answer.</remarks>
    private async Task<KeySet?> FetchAsync(DateTimeOffset now)
    {
        try
        {
            using var response = await httpClientFactory.CreateClient(nameof(GoogleSigningKeys)).GetAsync(options.Value.JwksUri);
            response.EnsureSuccessStatusCode();
            var keys = new JsonWebKeySet(await response.Content.ReadAsStringAsync()).GetSigningKeys();
            if (keys.Count == 0)
            {
                logger.LogWarning("Google's key set at {Uri} holds no signing key", options.Value.JwksUri);
                return null;
            }

            var lifetime = response.Headers.CacheControl?.MaxAge ?? DefaultLifetime;
            return new KeySet(keys, now + TimeSpan.FromTicks(Math.Clamp(lifetime.Ticks, MinimumLifetime.Ticks, MaximumLifetime.Ticks)));
        }
        catch (Exception exception)
        {
            // Unreachable, slow (the client's timeout), an error status, or not a key set (an HTML error page): all the same here.
            logger.LogWarning(exception, "Google's signing keys could not be fetched from {Uri}", options.Value.JwksUri);
            return null;
        }
    }

    private sealed record KeySet(IList<SecurityKey> Keys, DateTimeOffset ExpiresAt);
}
