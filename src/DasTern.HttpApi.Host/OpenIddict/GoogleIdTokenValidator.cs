using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>
/// Checks a Google ID token: signature against Google's published keys (<see cref="GoogleSigningKeys"/>),
/// issuer, audience and expiry. A token that is not even a JWT is refused before any key is looked
/// up; when no key set can be had to decide, <see cref="GoogleKeysUnavailableException"/> is thrown.
/// </summary>
public sealed class GoogleIdTokenValidator(
    GoogleSigningKeys signingKeys,
    IOptions<GoogleOptions> options,
    ILogger<GoogleIdTokenValidator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<ClaimsIdentity?> ValidateAsync(string idToken, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.ClientIds.Count == 0)
        {
            return null;
        }

        if (KeyIdOf(idToken) is not { } keyId)
        {
            logger.LogInformation("Google ID token refused: not a signed JWT");
            return null;
        }

        var keys = await signingKeys.GetAsync(keyId.Length == 0 ? null : keyId, cancellationToken) ?? throw new GoogleKeysUnavailableException();
        var result = await Handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuers = settings.EffectiveIssuers,
            ValidAudiences = settings.ClientIds,
            IssuerSigningKeys = keys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        });
        if (!result.IsValid)
        {
            logger.LogInformation(result.Exception, "Google ID token refused");
            return null;
        }

        return result.ClaimsIdentity;
    }

    /// <summary>The key id in the token's header (empty when it names none); null when the token cannot be read.</summary>
    private static string? KeyIdOf(string idToken)
    {
        if (!Handler.CanReadToken(idToken))
        {
            return null;
        }

        try
        {
            return Handler.ReadJsonWebToken(idToken).Kid ?? string.Empty;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
