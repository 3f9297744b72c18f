using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Infrastructure;

namespace DasTern.OpenApi;

/// <summary>
/// The published API description is what client generators read: every operation must say what
/// it answers on success (with a model) and on failure (one problem-details model, or the OAuth
/// error model on the OAuth endpoints), and the OAuth/OIDC endpoints must be in it.
/// </summary>
[Collection(HostTestCollection.Name)]
public class OpenApiDocument_Tests(HostFixture fixture)
{
    private const string ProblemSchema = "ProblemDetails";
    private const string OAuthErrorSchema = "OAuthError";

    /// <summary>The one success answer without a body: RFC 7009 revocation says nothing but 200.</summary>
    private const string Revocation = "POST /connect/revoke";

    /// <summary>The browser endpoint of the code flow answers with a redirect, never with 2xx.</summary>
    private const string Authorization = "GET /connect/authorize";

    /// <summary>The browser's logout answers with a redirect or a page, and its errors as text.</summary>
    private const string EndSession = "GET /connect/logout";

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = fixture.Client();
        return await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
    }

    private static List<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
    [
        .. from path in document.GetProperty("paths").EnumerateObject()
           from operation in path.Value.EnumerateObject()
           where operation.Name is "get" or "post" or "put" or "delete" or "patch"
           select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value),
    ];

    private static JsonElement Schema(JsonElement document, string name) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static string? ReferenceOf(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()!.Split('/')[^1] : null;

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        ReferenceOf(schema) is { } name ? Resolve(document, Schema(document, name)) : schema;

    [Fact]
    public async Task Should_Declare_Every_Operations_Success_Answer_With_A_Model()
    {
        var document = await DocumentAsync();
        var operations = Operations(document);

        operations.Count.ShouldBeGreaterThan(40);
        foreach (var (name, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            var statuses = responses.EnumerateObject().Select(response => response.Name).ToList();
            if (name == Authorization)
            {
                statuses.ShouldContain("302", name);
                continue;
            }

            statuses.ShouldContain(status => status.StartsWith('2'), name);
            if (!responses.TryGetProperty("200", out var ok) || name is Revocation or EndSession)
            {
                continue;
            }

            ok.GetProperty("content").EnumerateObject().Select(content => content.Name).ShouldBe(["application/json"], name);
            var schema = Resolve(document, ok.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            schema.GetProperty("properties").EnumerateObject().ShouldNotBeEmpty(name);
        }
    }

    [Fact]
    public async Task Should_Describe_Every_Error_With_The_One_Problem_Model()
    {
        var document = await DocumentAsync();
        var problem = Schema(document, ProblemSchema);
        var errors = 0;

        foreach (var (name, operation) in Operations(document))
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(response => response.Name[0] is '4' or '5'))
            {
                var content = response.Value.GetProperty("content").EnumerateObject().Single();
                var model = ReferenceOf(content.Value.GetProperty("schema"));
                var isOAuthError = name.Contains(" /connect/", StringComparison.Ordinal) && model == OAuthErrorSchema;
                if (name is Authorization or EndSession)
                {
                    // Shown in the browser: a redirect target that cannot be trusted gets no redirect.
                    content.Name.ShouldBe("text/plain", name);
                }
                else if (!isOAuthError)
                {
                    content.Name.ShouldBe("application/problem+json", $"{name} {response.Name}");
                    model.ShouldBe(ProblemSchema, $"{name} {response.Name}");
                }

                errors++;
            }
        }

        errors.ShouldBeGreaterThan(100);
        var members = problem.GetProperty("properties").EnumerateObject().Select(member => member.Name).ToList();
        members.ShouldBe(["type", "title", "status", "instance", "code", "errors", "data", "traceId"], ignoreOrder: true);
        problem.GetProperty("required").EnumerateArray().Select(member => member.GetString()).ShouldContain("code");
        var errorsMember = problem.GetProperty("properties").GetProperty("errors");
        errorsMember.GetProperty("additionalProperties").GetProperty("type").GetString().ShouldBe("array");
        errorsMember.GetProperty("additionalProperties").GetProperty("items").GetProperty("type").GetString().ShouldBe("string");
    }

    [Fact]
    public async Task Should_Describe_The_OAuth_And_OpenID_Connect_Endpoints_The_Server_Publishes()
    {
        using var client = fixture.Client();
        var document = await DocumentAsync();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var paths = document.GetProperty("paths");

        paths.TryGetProperty("/.well-known/openid-configuration", out _).ShouldBeTrue();
        foreach (var endpoint in new[] { "token_endpoint", "authorization_endpoint", "revocation_endpoint", "introspection_endpoint", "userinfo_endpoint", "jwks_uri" })
        {
            var path = new Uri(discovery.GetProperty(endpoint).GetString()!).AbsolutePath;
            paths.TryGetProperty(path, out _).ShouldBeTrue(endpoint);
        }

        var token = paths.GetProperty("/connect/token").GetProperty("post");
        var form = Resolve(document, token.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema"));
        form.GetProperty("properties").GetProperty("grant_type").GetProperty("enum").EnumerateArray().Select(grant => grant.GetString()).ShouldBe(
            ["password", "refresh_token", "authorization_code", "client_credentials", "urn:dastern:params:oauth:grant-type:google"], ignoreOrder: true);
        foreach (var parameter in new[] { "client_id", "client_secret", "username", "password", "otp", "scope", "refresh_token", "code", "code_verifier", "redirect_uri", "id_token" })
        {
            form.GetProperty("properties").TryGetProperty(parameter, out _).ShouldBeTrue(parameter);
        }

        ReferenceOf(token.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/json").GetProperty("schema")).ShouldBe(OAuthErrorSchema);
        Schema(document, OAuthErrorSchema).GetProperty("properties").EnumerateObject().Select(member => member.Name).ShouldBe(["error", "error_description", "error_uri"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Describe_The_Token_Answer_The_Token_Endpoint_Really_Gives()
    {
        using var client = fixture.Client();
        var document = await DocumentAsync();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TestSettings.MobileClientId,
            ["username"] = TestSettings.AdminEmail,
            ["password"] = TestSettings.AdminPassword,
            ["scope"] = "DasTern offline_access",
        }));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var schema = Resolve(document, document.GetProperty("paths").GetProperty("/connect/token").GetProperty("post")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var documented = schema.GetProperty("properties").EnumerateObject().Select(member => member.Name).ToList();
        answer.EnumerateObject().Select(member => member.Name).ShouldBeSubsetOf(documented);
        foreach (var required in schema.GetProperty("required").EnumerateArray())
        {
            answer.TryGetProperty(required.GetString()!, out _).ShouldBeTrue(required.GetString());
        }
    }
}
