using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using DasTern.Entities;
using DasTern.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DasTern.OpenIddict;

/// <summary>
/// The plain login page of the code flow (admin panel, mobile browsers). Credentials are checked
/// by the same code as the password grant; success starts a server-side login session and returns
/// to the authorization request, which must be a local address.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class LoginController(PasswordSignIn passwordSignIn, IAntiforgery antiforgery)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~" + LoginCookie.LoginPath)]
    public IActionResult Show([FromQuery] string? returnUrl) =>
        IsLocal(returnUrl) ? Page(returnUrl, error: null) : new BadRequestResult();

    [HttpPost("~" + LoginCookie.LoginPath)]
    public async Task<IActionResult> SignInAsync([FromForm] string? login, [FromForm] string? password, [FromForm] string? otp, [FromForm] string? returnUrl)
    {
        if (!IsLocal(returnUrl) || !await antiforgery.IsRequestValidAsync(ControllerContext.HttpContext))
        {
            return new BadRequestResult();
        }

        var (user, error) = await passwordSignIn.SignInAsync(login, password, otp, clientId: null);
        if (user is null)
        {
            return Page(returnUrl, error);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(DasTernClaimTypes.UserId, user.Id.ToString()),
                new Claim(DasTernClaimTypes.SessionId, EntityId.New().ToString("N")),
                new Claim(LoginCookie.SecurityStampClaim, user.SecurityStamp ?? string.Empty),
            ],
            LoginCookie.Scheme);
        await ControllerContext.HttpContext.SignInAsync(LoginCookie.Scheme, new ClaimsPrincipal(identity));
        return new LocalRedirectResult(returnUrl!);
    }

    /// <summary>
    /// A path on this host: one leading slash, not followed by another or a backslash, and no
    /// control characters or spaces (a tab or CR/LF would otherwise reach the Location header).
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    private ContentResult Page(string? returnUrl, string? error)
    {
        var http = ControllerContext.HttpContext;
        var tokens = antiforgery.GetAndStoreTokens(http);
        // The page's only style is allowed by a nonce; nothing else may load, run or frame it.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var message = error is null ? string.Empty : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>Sign in to DasTern</title>
            <style nonce="{{nonce}}">body{font-family:sans-serif;max-width:22rem;margin:3rem auto}label,input,button{display:block;width:100%;margin:.4rem 0}</style></head>
            <body><h1>Sign in to DasTern</h1>{{message}}
            <form method="post" action="{{LoginCookie.LoginPath}}">
            <input type="hidden" name="{{tokens.FormFieldName}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}">
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl ?? string.Empty)}}">
            <label>Email or phone number <input name="login" autocomplete="username" required></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <label>Authenticator code (if enabled) <input name="otp" inputmode="numeric" autocomplete="one-time-code"></label>
            <button type="submit">Sign in</button></form></body></html>
            """;
        return new ContentResult { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = error is null ? 200 : 400 };
    }
}
