using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenApi;

/// <summary>
/// Adds the OAuth 2 / OpenID Connect endpoints to the API description: OpenIddict serves them
/// (in middleware, or through controllers hidden from the description), so the API explorer never
/// sees them, yet every client needs them to get a token.
/// </summary>
public sealed class OAuthEndpointsTransformer : IOpenApiDocumentTransformer
{
    public const string Tag = "OAuth";

    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in OAuthSchemas.Create())
        {
            document.Components.Schemas[name] = schema;
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag, Description = "Tokens, sign-in and OpenID Connect, served by OpenIddict. Errors follow RFC 6749, not problem details." });
        document.Paths ??= [];
        document.Paths["/connect/token"] = Path(HttpMethod.Post, Token(document));
        document.Paths["/connect/revoke"] = Path(HttpMethod.Post, Revoke(document));
        document.Paths["/connect/introspect"] = Path(HttpMethod.Post, Introspect(document));
        document.Paths["/connect/userinfo"] = Path(HttpMethod.Get, UserInfo(document));
        document.Paths["/connect/authorize"] = Path(HttpMethod.Get, Authorize(document));
        document.Paths["/" + DasTern.OpenIddict.EndSessionController.Path] = Path(HttpMethod.Get, EndSession(document));
        document.Paths["/.well-known/openid-configuration"] = Path(HttpMethod.Get, Operation(document, "OpenID Connect discovery document", Ok(document, OAuthSchemas.Discovery, "The server's endpoints and capabilities.")));
        document.Paths["/.well-known/jwks"] = Path(HttpMethod.Get, Operation(document, "Public signing keys", Ok(document, OAuthSchemas.KeySet, "Keys to verify token signatures with.")));
        return Task.CompletedTask;
    }

    private static OpenApiOperation Token(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "Issue tokens",
            Ok(document, OAuthSchemas.TokenResponse, "Tokens issued."),
            ("400", OAuthError(document, "`invalid_request`, `invalid_grant` (wrong credentials, a used or expired refresh token or code, a missing second factor), `unsupported_grant_type`, `invalid_scope`.")),
            ("401", OAuthError(document, "`invalid_client`: unknown client or wrong secret.")),
            ("429", Problem(document, "Too many token requests; see `Retry-After`.")));
        operation.Description = "OAuth 2 token endpoint (RFC 6749). Password grant with two-factor sign-in on: send the code in `otp`.";
        operation.RequestBody = FormBody(document, OAuthSchemas.TokenRequest);
        return operation;
    }

    private static OpenApiOperation Revoke(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "Revoke a token",
            ("200", new OpenApiResponse
            {
                Description = "Revoked; an unknown token gets the same answer (RFC 7009). The body is an empty JSON object.",
                Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
            }),
            ("400", OAuthError(document, "`invalid_request` or `unsupported_token_type`.")),
            ("401", OAuthError(document, "`invalid_client`.")));
        operation.Description = "RFC 7009. A revoked access token is refused by every instance until it expires.";
        operation.RequestBody = FormBody(document, OAuthSchemas.TokenOperationRequest);
        return operation;
    }

    private static OpenApiOperation Introspect(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "Introspect a token",
            Ok(document, OAuthSchemas.Introspection, "What the token is, or `active: false`."),
            ("400", OAuthError(document, "`invalid_request`.")),
            ("401", OAuthError(document, "`invalid_client`: only the service client may introspect.")));
        operation.Description = "RFC 7662, for the `DasTern_Service` client.";
        operation.RequestBody = FormBody(document, OAuthSchemas.TokenOperationRequest);
        return operation;
    }

    private static OpenApiOperation UserInfo(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "The signed-in user's claims",
            Ok(document, OAuthSchemas.UserInfo, "The user's standard claims."),
            ("401", Problem(document, "No, an invalid or a revoked access token, or a deactivated user; `WWW-Authenticate` carries the OAuth error.")));
        operation.Description = "OpenID Connect userinfo (also answers POST).";
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecurityTransformer.SchemeName, document)] = [] }];
        return operation;
    }

    private static OpenApiOperation Authorize(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "Start the authorization code flow (browser)",
            ("302", new OpenApiResponse
            {
                Description = "To the login page when nobody is signed in (or `prompt=login`), otherwise back to `redirect_uri` with `code`, `state` and `iss` (or `error`).",
                Headers = new Dictionary<string, IOpenApiHeader> { ["Location"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            }),
            ("400", new OpenApiResponse
            {
                Description = "The client or redirect URI cannot be trusted, so the error is shown, not redirected: plain text lines `error:…`, `error_description:…`.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            }));
        operation.Description = "Opened in a browser by the app. PKCE with `S256` is required; `plain` is refused.";
        operation.Parameters =
        [
            Query(Parameters.ResponseType, "`code`.", required: true, ResponseTypes.Code),
            Query(Parameters.ClientId, "`DasTern_App`.", required: true),
            Query(Parameters.RedirectUri, "One of the client's registered redirect URIs.", required: true),
            Query(Parameters.Scope, "Space-separated scopes, e.g. `openid DasTern offline_access`.", required: false),
            Query(Parameters.State, "Opaque value returned unchanged.", required: false),
            Query(Parameters.CodeChallenge, "base64url(SHA-256(code_verifier)).", required: true),
            Query(Parameters.CodeChallengeMethod, "`S256`.", required: true, CodeChallengeMethods.Sha256),
            Query(Parameters.Nonce, "Echoed in the ID token.", required: false),
            Query(Parameters.Prompt, "`login` forces a new sign-in.", required: false),
        ];
        return operation;
    }

    private static OpenApiOperation EndSession(OpenApiDocument document)
    {
        var operation = Operation(
            document,
            "End the browser's sign-in (browser)",
            ("302", new OpenApiResponse
            {
                Description = "Back to `post_logout_redirect_uri` (one of the client's registered addresses), with `state`.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["Location"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            }),
            ("200", new OpenApiResponse
            {
                Description = "Without `post_logout_redirect_uri`: a page saying the user is signed out.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/html"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            }),
            ("400", new OpenApiResponse
            {
                Description = "An unregistered `post_logout_redirect_uri` is not followed: plain text lines `error:…`, `error_description:…`.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            }));
        operation.Description = "OpenID Connect RP-initiated logout (also answers POST). Ends the login-page session on the server; "
            + "the app revokes its own tokens with `POST /api/account/logout` or `/connect/revoke`.";
        operation.Parameters =
        [
            Query(Parameters.ClientId, "`DasTern_App`.", required: false),
            Query(Parameters.PostLogoutRedirectUri, "Where to return; must be registered for the client.", required: false),
            Query(Parameters.State, "Opaque value returned unchanged.", required: false),
        ];
        return operation;
    }

    private static OpenApiPathItem Path(HttpMethod method, OpenApiOperation operation) =>
        new() { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [method] = operation } };

    private static OpenApiOperation Operation(OpenApiDocument document, string summary, params (string Status, OpenApiResponse Response)[] responses)
    {
        var operation = new OpenApiOperation
        {
            Summary = summary,
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Responses = [],
        };
        foreach (var (status, response) in responses)
        {
            operation.Responses[status] = response;
        }

        return operation;
    }

    private static (string, OpenApiResponse) Ok(OpenApiDocument document, string schema, string description) =>
        ("200", Response(document, description, Json, schema));

    private static OpenApiResponse OAuthError(OpenApiDocument document, string description) =>
        Response(document, description, Json, OAuthSchemas.Error);

    private static OpenApiResponse Problem(OpenApiDocument document, string description) =>
        Response(document, description, "application/problem+json", ProblemDetailsSchemaTransformer.SchemaName);

    private static OpenApiResponse Response(OpenApiDocument document, string description, string mediaType, string schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
    };

    private static OpenApiRequestBody FormBody(OpenApiDocument document, string schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType> { [Form] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
    };

    private static OpenApiParameter Query(string name, string description, bool required, string? only = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = required,
        Description = description,
        Schema = only is null
            ? new OpenApiSchema { Type = JsonSchemaType.String }
            : new OpenApiSchema { Type = JsonSchemaType.String, Enum = [only] },
    };
}
