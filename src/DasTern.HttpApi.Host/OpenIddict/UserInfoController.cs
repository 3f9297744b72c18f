using DasTern.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>OpenID Connect userinfo: the signed-in user's standard claims, for the access token OpenIddict has just validated.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class UserInfoController(UserManager<AppUser> userManager, TimeProvider timeProvider)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~/connect/userinfo")]
    [HttpPost("~/connect/userinfo")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> GetAsync()
    {
        var result = await ControllerContext.HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        // A client-credentials token's subject is the client, not a user id.
        var subject = result.Principal?.GetClaim(Claims.Subject);
        var user = Guid.TryParse(subject, out _) ? await userManager.FindByIdAsync(subject!) : null;
        if (user is null || user.StandingAt(timeProvider.GetUtcNow()) != AccountStanding.Active)
        {
            return new ChallengeResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The access token is no longer valid.",
            }));
        }

        return new OkObjectResult(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Id.ToString(),
            [Claims.PreferredUsername] = user.UserName,
            [Claims.Email] = user.Email,
            [Claims.EmailVerified] = user.EmailConfirmed,
            [Claims.GivenName] = user.FirstName,
            [Claims.FamilyName] = user.LastName,
            [Claims.PhoneNumber] = user.PhoneNumber,
            [Claims.Locale] = user.Language,
            [Claims.Zoneinfo] = user.TimeZone,
            [Claims.Role] = await userManager.GetRolesAsync(user),
        });
    }
}
