using System.Net;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Server.AspNetCore;

namespace DasTern.OpenIddict;

/// <summary>
/// OpenID Connect RP-initiated logout (<c>end_session_endpoint</c>): ends the browser's login
/// session on the server, then returns to the client's registered post-logout address when it gave
/// one (OpenIddict has checked it), or shows that the user is signed out. The client revokes its own
/// tokens (<c>/connect/revoke</c> or <c>POST /api/account/logout</c>).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class EndSessionController
{
    public const string Path = "connect/logout";

    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~/" + Path)]
    [HttpPost("~/" + Path)]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> LogoutAsync()
    {
        var http = ControllerContext.HttpContext;
        await http.SignOutAsync(LoginCookie.Scheme);
        if (!string.IsNullOrEmpty(http.GetOpenIddictServerRequest()?.PostLogoutRedirectUri))
        {
            return new SignOutResult(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        return new ContentResult
        {
            Content = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signed out</title></head><body><h1>"
                + WebUtility.HtmlEncode("You are signed out of DasTern.") + "</h1></body></html>",
            ContentType = "text/html; charset=utf-8",
        };
    }
}
