using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>
/// Checks a Google ID token: signature against Google's published keys (cached for an hour and
/// fetched again when a token names a key we do not have), issuer, audience and expiry.
/// </summary>
public sealed class GoogleIdTokenValidator(
    IHttpClientFactory httpClientFactory,
    IMemoryCache cache,
    IOptions<GoogleOptions> options,
    ILogger<GoogleIdTokenValidator> logger)
{
    private const string KeysCacheKey = "google-signing-keys";
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<ClaimsIdentity?> ValidateAsync(string idToken, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.ClientIds.Count == 0)
        {
            return null;
        }

        var result = await ValidateWithAsync(idToken, await KeysAsync(refresh: false, cancellationToken), settings);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            result = await ValidateWithAsync(idToken, await KeysAsync(refresh: true, cancellationToken), settings);
        }

        if (!result.IsValid)
        {
            logger.LogInformation(result.Exception, "Google ID token refused");
            return null;
        }

        return result.ClaimsIdentity;
    }

    private static Task<TokenValidationResult> ValidateWithAsync(string idToken, IList<SecurityKey> keys, GoogleOptions settings) =>
        Handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuers = settings.EffectiveIssuers,
            ValidAudiences = settings.ClientIds,
            IssuerSigningKeys = keys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        });

    private async Task<IList<SecurityKey>> KeysAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && cache.TryGetValue(KeysCacheKey, out IList<SecurityKey>? cached) && cached is not null)
        {
            return cached;
        }

        var json = await httpClientFactory.CreateClient(nameof(GoogleIdTokenValidator)).GetStringAsync(options.Value.JwksUri, cancellationToken);
        var keys = new JsonWebKeySet(json).GetSigningKeys();
        cache.Set(KeysCacheKey, keys, TimeSpan.FromHours(1));
        return keys;
    }
}
