using System.Security.Claims;
using DasTern.Auditing;
using DasTern.Identity;
using DasTern.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// The token endpoint's grants. OpenIddict has already checked the client, grant type and (for
/// refresh tokens) the token itself; this decides who the caller is and what the token carries.
/// A plain class rather than a ControllerBase, so errors written before it runs (429) go through
/// the general problem-details writer instead of MVC's content negotiation.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class TokenController(
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    ISecurityLogRecorder securityLog,
    IOptions<OpenIddictSeedOptions> clients,
    IOpenIddictApplicationManager applications,
    TimeProvider timeProvider)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    private HttpContext HttpContext => ControllerContext.HttpContext;

    [HttpPost("~/connect/token")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> ExchangeAsync()
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");

        if (request.IsPasswordGrantType())
        {
            return await PasswordAsync(request);
        }

        if (request.IsRefreshTokenGrantType())
        {
            return await RefreshAsync();
        }

        if (request.IsClientCredentialsGrantType())
        {
            return await ClientCredentialsAsync(request);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private async Task<IActionResult> PasswordAsync(OpenIddictRequest request)
    {
        // The user name is an email address or a phone number.
        var login = request.Username ?? string.Empty;
        var user = login.Contains('@', StringComparison.Ordinal)
            ? await userManager.FindByEmailAsync(login)
            : AppUser.NormalizePhoneNumber(login) is { Length: > 0 } phoneNumber ? await users.FindByPhoneNumberAsync(phoneNumber) : null;
        if (user is null || !user.IsActive)
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user?.Id, login, request.ClientId);
            return Refuse(Errors.InvalidGrant, "The user name or password is incorrect.");
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            await securityLog.RecordAsync(SecurityLogAction.LockedOut, user.Id, login, request.ClientId);
            return Refuse(Errors.InvalidGrant, "The account is locked out. Try again later.");
        }

        if (!await userManager.CheckPasswordAsync(user, request.Password ?? string.Empty))
        {
            await userManager.AccessFailedAsync(user);
            var lockedNow = await userManager.IsLockedOutAsync(user);
            await securityLog.RecordAsync(lockedNow ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, login, request.ClientId);
            return Refuse(Errors.InvalidGrant, "The user name or password is incorrect.");
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            var otp = request.GetParameter(TwoFactorParameter)?.ToString();
            if (string.IsNullOrWhiteSpace(otp))
            {
                await securityLog.RecordAsync(SecurityLogAction.TwoFactorRequired, user.Id, login, request.ClientId);
                return Refuse(Errors.InvalidGrant, TwoFactorRequired + ": send the authenticator or a recovery code as 'otp'.");
            }

            if (!await TwoFactorCodes.IsValidAsync(userManager, user, otp))
            {
                await userManager.AccessFailedAsync(user);
                await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user.Id, login, request.ClientId);
                return Refuse(Errors.InvalidGrant, "The second-factor code is not valid.");
            }
        }

        await userManager.ResetAccessFailedCountAsync(user);
        user.LastLoginTime = timeProvider.GetUtcNow();
        await userManager.UpdateAsync(user);
        await securityLog.RecordAsync(SecurityLogAction.LoginSucceeded, user.Id, login, request.ClientId);
        return new Microsoft.AspNetCore.Mvc.SignInResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, await CreateUserPrincipalAsync(user, request.GetScopes(), request.ClientId));
    }

    /// <summary>The user is reloaded, so a deactivated account or a changed password ends the session and role changes take effect.</summary>
    private async Task<IActionResult> RefreshAsync()
    {
        var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var previous = result.Principal;
        var user = previous?.GetClaim(Claims.Subject) is { } subject ? await userManager.FindByIdAsync(subject) : null;
        if (previous is null || user is null || !user.IsActive || previous.GetClaim(SecurityStampClaim) != user.SecurityStamp)
        {
            return Refuse(Errors.InvalidGrant, "The refresh token is no longer valid.");
        }

        return new Microsoft.AspNetCore.Mvc.SignInResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, await CreateUserPrincipalAsync(user, previous.GetScopes(), previous.GetClaim(Claims.ClientId)));
    }

    private async Task<IActionResult> ClientCredentialsAsync(OpenIddictRequest request)
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
        return new Microsoft.AspNetCore.Mvc.SignInResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, principal);
    }

    private const string SecurityStampClaim = "dastern_ss";

    /// <summary>Token request parameter carrying the second factor for accounts with two-factor authentication.</summary>
    public const string TwoFactorParameter = "otp";

    /// <summary>Start of the error description when the second factor is missing, for clients to ask for it.</summary>
    public const string TwoFactorRequired = "two_factor_required";

    private async Task<ClaimsPrincipal> CreateUserPrincipalAsync(AppUser user, IEnumerable<string> scopes, string? clientId)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaim(Claims.GivenName, user.FirstName);
        identity.SetClaim(Claims.FamilyName, user.LastName);
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(SecurityStampClaim, user.SecurityStamp);
        identity.SetClaims(Claims.Role, [.. await userManager.GetRolesAsync(user)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        // The API, and the service client acting as a resource server that may introspect user tokens.
        principal.SetResources(OpenIddictSeedOptions.ApiScope, clients.Value.ServiceClientId);
        // The security stamp only travels inside the (encrypted) refresh token, never in the access token.
        identity.SetDestinations(claim => claim.Type == SecurityStampClaim ? [] : [Destinations.AccessToken]);
        return principal;
    }

    private static ForbidResult Refuse(string error, string description) =>
        new(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }));
}
