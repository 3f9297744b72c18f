namespace DasTern.OpenIddict;

/// <summary>The short-lived cookie the login page sets so the authorization endpoint knows who signed in.</summary>
public static class LoginCookie
{
    public const string Scheme = "DasTern.Login";
    public const string LoginPath = "/account/login";
}
