namespace DasTern.Security;

/// <summary>Claim names carried by our access tokens (OpenID Connect names, as ABP uses with OpenIddict).</summary>
public static class DasTernClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "preferred_username";
    public const string Email = "email";
    public const string GivenName = "given_name";
    public const string FamilyName = "family_name";
    public const string Role = "role";
    public const string ClientId = "client_id";

    /// <summary>The browser sign-in (login-page session) a code-flow token descends from; logging out ends it too.</summary>
    public const string SessionId = "sid";
}
