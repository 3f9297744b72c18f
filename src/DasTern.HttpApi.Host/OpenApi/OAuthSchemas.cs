using DasTern.OpenIddict;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenApi;

/// <summary>
/// The models of the OAuth 2 / OpenID Connect endpoints OpenIddict serves (RFC 6749, 7009, 7662,
/// 7517, OpenID Connect Core and Discovery), as this server fills them; built per document because
/// schema objects are mutable.
/// </summary>
public static class OAuthSchemas
{
    public const string TokenRequest = "TokenRequest";
    public const string TokenResponse = "TokenResponse";
    public const string TokenOperationRequest = "TokenOperationRequest";
    public const string Error = "OAuthError";
    public const string Introspection = "IntrospectionResponse";
    public const string UserInfo = "UserInfoResponse";
    public const string Discovery = "OpenIdConfiguration";
    public const string KeySet = "JsonWebKeySet";

    public static Dictionary<string, OpenApiSchema> Create() => new()
    {
        [TokenRequest] = Model(
            "Form of the token endpoint; which parameters count depends on `grant_type`.",
            [Parameters.GrantType, Parameters.ClientId],
            (Parameters.GrantType, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [GrantTypes.Password, GrantTypes.RefreshToken, GrantTypes.AuthorizationCode, GrantTypes.ClientCredentials, GoogleOptions.GrantType],
                Description = "`password` (first-party apps), `authorization_code` (with PKCE), `refresh_token`, `client_credentials` (service client), or the Google grant.",
            }),
            (Parameters.ClientId, Text("`DasTern_App` for the apps, `DasTern_Service` for services.")),
            (Parameters.ClientSecret, Text("Secret of a confidential client (client_credentials); may be sent with HTTP Basic instead.")),
            (Parameters.Username, Text("password: the email address or phone number.")),
            (Parameters.Password, Text("password: the password.")),
            (TokenController.TwoFactorParameter, Text("password: the authenticator or recovery code when two-factor sign-in is on; without it the answer is `invalid_grant` with a description starting `two_factor_required`.")),
            (Parameters.Scope, Text("Space-separated: `DasTern` (the API), `offline_access` (a refresh token), `openid`, `profile`, `email`, `phone`, `roles`.")),
            (Parameters.RefreshToken, Text("refresh_token: the refresh token; each is good for one use.")),
            (Parameters.Code, Text("authorization_code: the code from the redirect.")),
            (Parameters.CodeVerifier, Text("authorization_code: the PKCE verifier of the code challenge.")),
            (Parameters.RedirectUri, Text("authorization_code: the redirect URI the code was sent to.")),
            (Parameters.IdToken, Text("Google grant: the ID token the app got from Google."))),
        [TokenResponse] = Model(
            "Tokens issued (RFC 6749 §5.1).",
            [Parameters.AccessToken, Parameters.TokenType, Parameters.ExpiresIn],
            (Parameters.AccessToken, Text("Signed JWT for `Authorization: Bearer`.")),
            (Parameters.TokenType, Text("`Bearer`.")),
            (Parameters.ExpiresIn, Integer("Seconds until the access token expires.")),
            (Parameters.RefreshToken, Text("With scope `offline_access`; rotates on every use.")),
            (Parameters.IdToken, Text("With scope `openid`.")),
            (Parameters.Scope, Text("The granted scopes, when they differ from the requested ones."))),
        [TokenOperationRequest] = Model(
            "Form of the revocation and introspection endpoints.",
            [Parameters.Token, Parameters.ClientId],
            (Parameters.Token, Text("The access or refresh token.")),
            (Parameters.TokenTypeHint, new OpenApiSchema { Type = JsonSchemaType.String, Enum = [TokenTypeHints.AccessToken, TokenTypeHints.RefreshToken] }),
            (Parameters.ClientId, Text("The calling client.")),
            (Parameters.ClientSecret, Text("Secret of a confidential client; may be sent with HTTP Basic instead."))),
        [Error] = Model(
            "OAuth 2 error (RFC 6749 §5.2).",
            [Parameters.Error],
            (Parameters.Error, Text("`invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`, …")),
            (Parameters.ErrorDescription, Text("Human-readable detail, in English.")),
            (Parameters.ErrorUri, Text("Page describing the error."))),
        [Introspection] = Model(
            "Introspection answer (RFC 7662); an unknown, expired or revoked token is just `{ \"active\": false }`.",
            [Claims.Active],
            (Claims.Active, new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            (Claims.Issuer, Text("Issuer.")),
            (Claims.Subject, Text("User id, or the client id for client tokens.")),
            (Claims.Scope, Text("Space-separated scopes.")),
            (Claims.JwtId, Text("Token id.")),
            (Claims.TokenType, Text("`Bearer`.")),
            (Claims.TokenUsage, Text("`access_token` or `refresh_token`.")),
            (Claims.ClientId, Text("The client the token was issued to.")),
            (Claims.IssuedAt, Integer("Unix time.")),
            (Claims.NotBefore, Integer("Unix time.")),
            (Claims.ExpiresAt, Integer("Unix time.")),
            (Claims.Audience, OneOrMany("Audiences.")),
            (Claims.PreferredUsername, Text("User name.")),
            (Claims.Email, Text("Email address.")),
            (Claims.GivenName, Text("First name.")),
            (Claims.FamilyName, Text("Last name.")),
            (Claims.Role, OneOrMany("Roles."))),
        [UserInfo] = Model(
            "The signed-in user's claims (OpenID Connect Core §5.3).",
            [Claims.Subject],
            (Claims.Subject, Text("User id.")),
            (Claims.PreferredUsername, Text("User name.")),
            (Claims.Email, Text("Email address.")),
            (Claims.EmailVerified, new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            (Claims.GivenName, Text("First name.")),
            (Claims.FamilyName, Text("Last name.")),
            (Claims.PhoneNumber, Text("Phone number (E.164), or null.")),
            (Claims.Locale, Text("`en` or `km`.")),
            (Claims.Zoneinfo, Text("IANA time zone.")),
            (Claims.Role, new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("Role name.") })),
        [Discovery] = Model(
            "OpenID Connect discovery document.",
            [Metadata.Issuer, Metadata.TokenEndpoint, Metadata.JwksUri],
            (Metadata.Issuer, Text("Issuer of every token.")),
            (Metadata.AuthorizationEndpoint, Text("URL.")),
            (Metadata.TokenEndpoint, Text("URL.")),
            (Metadata.IntrospectionEndpoint, Text("URL.")),
            (Metadata.RevocationEndpoint, Text("URL.")),
            (Metadata.UserInfoEndpoint, Text("URL.")),
            (Metadata.JwksUri, Text("URL of the signing keys.")),
            (Metadata.GrantTypesSupported, Texts()),
            (Metadata.ResponseTypesSupported, Texts()),
            (Metadata.ResponseModesSupported, Texts()),
            (Metadata.ScopesSupported, Texts()),
            (Metadata.ClaimsSupported, Texts()),
            (Metadata.CodeChallengeMethodsSupported, Texts()),
            (Metadata.IdTokenSigningAlgValuesSupported, Texts()),
            (Metadata.SubjectTypesSupported, Texts()),
            (Metadata.PromptValuesSupported, Texts()),
            (Metadata.TokenEndpointAuthMethodsSupported, Texts()),
            (Metadata.IntrospectionEndpointAuthMethodsSupported, Texts()),
            (Metadata.RevocationEndpointAuthMethodsSupported, Texts())),
        [KeySet] = Model(
            "The public keys tokens are signed with (RFC 7517).",
            [JsonWebKeySetParameterNames.Keys],
            (JsonWebKeySetParameterNames.Keys, new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = Model(
                    "One RSA signing key.",
                    [JsonWebKeyParameterNames.Kty],
                    (JsonWebKeyParameterNames.Kid, Text("Key id, as in the token header.")),
                    (JsonWebKeyParameterNames.Use, Text("`sig`.")),
                    (JsonWebKeyParameterNames.Kty, Text("`RSA`.")),
                    (JsonWebKeyParameterNames.Alg, Text("`RS256`.")),
                    (JsonWebKeyParameterNames.E, Text("Exponent, base64url.")),
                    (JsonWebKeyParameterNames.N, Text("Modulus, base64url."))),
            })),
    };

    private static OpenApiSchema Model(string description, string[] required, params (string Name, OpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Required = new HashSet<string>(required),
        Properties = properties.ToDictionary(property => property.Name, property => (IOpenApiSchema)property.Schema),
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Integer(string description) => new() { Type = JsonSchemaType.Integer, Format = "int64", Description = description };

    private static OpenApiSchema Texts() => new() { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } };

    /// <summary>A claim that is a string when it has one value and an array when it has several.</summary>
    private static OpenApiSchema OneOrMany(string description) => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Array,
        Items = new OpenApiSchema { Type = JsonSchemaType.String },
        Description = description,
    };
}
