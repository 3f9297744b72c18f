using DasTern.Identity;
using DasTern.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace DasTern.OpenIddict;

/// <summary>
/// The authorization endpoint of the code flow (PKCE with S256 required): sends an unknown visitor
/// to the login page, and answers a signed-in one with a code. The login cookie has been checked
/// against the account (<see cref="LoginCookieEvents"/>). Consent is implicit for our own clients.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class AuthorizeController(UserManager<AppUser> userManager, UserPrincipalFactory principals, TimeProvider timeProvider)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~/connect/authorize")]
    [HttpPost("~/connect/authorize")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> AuthorizeAsync()
    {
        var http = ControllerContext.HttpContext;
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");

        var login = (await http.AuthenticateAsync(LoginCookie.Scheme)).Principal;
        var subject = login?.FindFirst(DasTernClaimTypes.UserId)?.Value;
        var user = Guid.TryParse(subject, out _) ? await userManager.FindByIdAsync(subject!) : null;
        if (user is null || user.StandingAt(timeProvider.GetUtcNow()) != AccountStanding.Active || request.HasPromptValue(OpenIddictConstants.PromptValues.Login))
        {
            return new ChallengeResult(LoginCookie.Scheme, new AuthenticationProperties { RedirectUri = http.Request.GetEncodedPathAndQuery() });
        }

        return new Microsoft.AspNetCore.Mvc.SignInResult(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            await principals.CreateAsync(user, request.GetScopes(), request.ClientId, login!.FindFirst(DasTernClaimTypes.SessionId)?.Value));
    }
}
