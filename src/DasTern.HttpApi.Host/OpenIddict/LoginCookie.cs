namespace DasTern.OpenIddict;

/// <summary>The short-lived cookie the login page sets so the authorization endpoint knows who signed in.</summary>
public static class LoginCookie
{
    public const string Scheme = "DasTern.Login";
    public const string LoginPath = "/account/login";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>The security stamp the user had at sign-in: a password reset or a second-factor change ends the browser session.</summary>
    public const string SecurityStampClaim = "dastern_ss";

    /// <summary>
    /// Over HTTPS the cookie is Secure and <c>__Host-</c>-prefixed (no Domain, Path /), so no
    /// sibling host or plain-HTTP page can set or read it; development over plain HTTP cannot use either.
    /// </summary>
    public static string NameFor(bool requireHttps) => requireHttps ? "__Host-dastern.login" : "dastern.login";

    public static string AntiforgeryNameFor(bool requireHttps) => requireHttps ? "__Host-dastern.antiforgery" : "dastern.antiforgery";
}
