using DasTern.Identity;
using DasTern.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DasTern.OpenIddict;

/// <summary>
/// The login cookie is checked on every use: the account must still be allowed to sign in and hold
/// the security stamp it had at sign-in. And a visitor is sent to the login page with a relative
/// address, never one built from the request's Host header.
/// </summary>
public sealed class LoginCookieEvents(TimeProvider timeProvider) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userManager = context.HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var subject = principal?.FindFirst(DasTernClaimTypes.UserId)?.Value;
        var user = Guid.TryParse(subject, out _) ? await userManager.FindByIdAsync(subject!) : null;
        if (user is null
            || user.StandingAt(timeProvider.GetUtcNow()) != AccountStanding.Active
            || principal!.FindFirst(LoginCookie.SecurityStampClaim)?.Value != user.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(LoginCookie.Scheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var returnUrl = context.Properties.RedirectUri ?? "/";
        context.Response.Redirect(LoginCookie.LoginPath + QueryString.Create(LoginCookie.ReturnUrlParameter, returnUrl));
        return Task.CompletedTask;
    }
}
