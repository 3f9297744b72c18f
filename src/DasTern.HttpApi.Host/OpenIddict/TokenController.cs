using System.Security.Claims;
using DasTern.Auditing;
using DasTern.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// The token endpoint's grants. OpenIddict has already checked the client, grant type, PKCE and
/// (for codes and refresh tokens) the token itself; this decides who the caller is and what the
/// token carries.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class TokenController(
    PasswordSignIn passwordSignIn,
    GoogleSignIn googleSignIn,
    UserPrincipalFactory principals,
    IOpenIddictApplicationManager applications)
{
    /// <summary>Token request parameter carrying the second factor for accounts with two-factor authentication.</summary>
    public const string TwoFactorParameter = "otp";

    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    private HttpContext HttpContext => ControllerContext.HttpContext;

    [HttpPost("~/connect/token")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> ExchangeAsync()
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        var secondFactor = request.GetParameter(TwoFactorParameter)?.ToString();

        if (request.IsPasswordGrantType())
        {
            var (user, error) = await passwordSignIn.SignInAsync(request.Username, request.Password, secondFactor, request.ClientId);
            return user is null
                ? Refuse(Errors.InvalidGrant, error!, request.ClientId, userName: request.Username)
                : SignIn(user, await principals.CreateAsync(user, request.GetScopes(), request.ClientId), request.ClientId);
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            // The user is reloaded, so a deactivated, locked or rejected account ends the session and role changes take effect.
            var previous = (await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = await principals.FindStillValidAsync(previous);
            var clientId = previous?.GetClaim(Claims.ClientId) ?? request.ClientId;
            return user is null
                ? Refuse(Errors.InvalidGrant, "The grant is no longer valid.", clientId, userName: previous?.GetClaim(Claims.PreferredUsername))
                : SignIn(user, await principals.CreateAsync(user, previous!.GetScopes(), clientId, previous!.GetClaim(DasTernClaimTypes.SessionId)), clientId);
        }

        if (request.GrantType == GoogleOptions.GrantType)
        {
            try
            {
                var (user, error) = await googleSignIn.SignInAsync(request.GetParameter("id_token")?.ToString(), secondFactor, request.ClientId);
                return user is null
                    ? Refuse(Errors.InvalidGrant, error!, request.ClientId, userName: "google")
                    : SignIn(user, await principals.CreateAsync(user, request.GetScopes(), request.ClientId), request.ClientId);
            }
            catch (GoogleKeysUnavailableException)
            {
                return Refuse(Errors.TemporarilyUnavailable, "Google sign-in cannot be checked right now; try again shortly.", request.ClientId, userName: "google");
            }
        }

        if (request.IsClientCredentialsGrantType())
        {
            AuditIdentity.Set(HttpContext, new AuditIdentity { ClientId = request.ClientId });
            return new Microsoft.AspNetCore.Mvc.SignInResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, await ClientPrincipalAsync(request));
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.", request.ClientId, userName: null);
    }

    private async Task<ClaimsPrincipal> ClientPrincipalAsync(OpenIddictRequest request)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("The client was validated but cannot be found.");
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.ClientId, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        principal.SetResources(OpenIddictSeedOptions.ApiScope);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    private Microsoft.AspNetCore.Mvc.SignInResult SignIn(Identity.AppUser user, ClaimsPrincipal principal, string? clientId)
    {
        AuditIdentity.Set(HttpContext, new AuditIdentity { UserId = user.Id, UserName = user.UserName, ClientId = clientId });
        return new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, principal);
    }

    /// <summary>A refusal decided here; the sign-in code has written its security-log entry already.</summary>
    private ForbidResult Refuse(string error, string description, string? clientId, string? userName)
    {
        AuditIdentity.Set(HttpContext, new AuditIdentity { UserName = userName, ClientId = clientId });
        TokenRequestRefusals.MarkLogged(HttpContext);
        return new(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }));
    }
}
