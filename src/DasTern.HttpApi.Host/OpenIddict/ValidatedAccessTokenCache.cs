using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace DasTern.OpenIddict;

/// <summary>
/// The principals of access tokens whose signature this instance has already verified, keyed by the
/// SHA-256 of the whole token (a token altered in any byte is a different key and is verified
/// afresh), bounded in number and kept no longer than the token's own expiry. Only the parsing and the
/// signature check are saved: expiry, audience, not-before and the revocation list are checked on
/// every request, cached or not, so a revoked token is refused at once.
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
