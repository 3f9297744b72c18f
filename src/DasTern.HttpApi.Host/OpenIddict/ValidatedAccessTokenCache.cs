using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace DasTern.OpenIddict;

/// <summary>
/// The principals of access tokens this instance has accepted, keyed by the SHA-256 of the whole token
/// (a token altered in any byte is a different key and is validated afresh), bounded in number and
/// kept no longer than the token's own expiry. A remembered token skips parsing, the signature check
/// and OpenIddict's pipeline; its expiry and the revocation list are still checked on every request
/// (<see cref="CachedBearerHandler"/>), so a revoked token is refused at once. Its audience and
/// not-before were checked when it was accepted and cannot change for the same bytes.
/// </summary>
public sealed class ValidatedAccessTokenCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public ValidatedAccessTokenCache(IOptions<AccessTokenValidationOptions> options)
    {
        var size = options.Value.CacheSize;
        _cache = size == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = size });
    }

    /// <summary>A copy of the remembered principal, for the caller to own; null when the token is not known.</summary>
    public ClaimsPrincipal? Find(string token) =>
        _cache is not null && _cache.TryGetValue(KeyOf(token), out ClaimsPrincipal? principal) ? principal!.Clone() : null;

    public bool Contains(string token) => _cache is not null && _cache.TryGetValue(KeyOf(token), out _);

    public void Remember(string token, ClaimsPrincipal principal)
    {
        if (_cache is null || principal.GetExpirationDate() is not { } expiresAt)
        {
            return;
        }

        _cache.Set(KeyOf(token), principal.Clone(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
    }

    public void Dispose() => _cache?.Dispose();

    private static string KeyOf(string token)
    {
        // On every authenticated request: hashed from a pooled buffer, not a fresh copy of the token.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(token.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(token, buffer)), hash);
            return Convert.ToBase64String(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
