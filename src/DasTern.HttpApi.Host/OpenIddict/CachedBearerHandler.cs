using System.Text.Encodings.Web;
using DasTern.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace DasTern.OpenIddict;

/// <summary>
/// The default authentication scheme. A bearer token this instance has already accepted is answered
/// from <see cref="ValidatedAccessTokenCache"/> without running OpenIddict's validation pipeline
/// (the dispatch of its forty-odd handlers cost more than the signature check it saved); its expiry
/// and the revocation list are still checked on every request. Any other token, and every challenge
/// or refusal, goes to OpenIddict's validation scheme, which remembers what it accepts.
/// </summary>
public sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ValidatedAccessTokenCache cache,
    IAccessTokenRevocationList revocationList,
    TimeProvider timeProvider)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DasTern.Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerTokenOf(Request) is { } token
            && cache.Find(token) is { } principal
            && principal.GetExpirationDate() > timeProvider.GetUtcNow()
            && !(principal.GetTokenId() is { Length: > 0 } tokenId && revocationList.IsRevoked(tokenId)))
        {
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)));
        }

        return Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, the only place OpenIddict is set to read one from.</summary>
    private static string? BearerTokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
