using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// The plain login page of the code flow (admin panel, mobile browsers). Credentials are checked
/// by the same code as the password grant; success sets the login cookie and returns to the
/// authorization request, which must be a local address.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class LoginController(PasswordSignIn passwordSignIn, IAntiforgery antiforgery)
{
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    [HttpGet("~" + LoginCookie.LoginPath)]
    public IActionResult Show([FromQuery] string? returnUrl) => Page(returnUrl, error: null);

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

        var identity = new ClaimsIdentity([new Claim(Claims.Subject, user.Id.ToString())], LoginCookie.Scheme);
        await ControllerContext.HttpContext.SignInAsync(LoginCookie.Scheme, new ClaimsPrincipal(identity));
        return new LocalRedirectResult(returnUrl!);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private ContentResult Page(string? returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(ControllerContext.HttpContext);
        var message = error is null ? string.Empty : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>Sign in to DasTern</title>
            <style>body{font-family:sans-serif;max-width:22rem;margin:3rem auto}label,input,button{display:block;width:100%;margin:.4rem 0}</style></head>
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
