using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.AutoApi;

/// <summary>
/// Every operation in the published API description, called by an admin (so authorization lets it
/// through) with broken input: ids that are not ids, unreadable or wrongly typed bodies, nonsense
/// query values. Each must answer 4xx problem details, never a 5xx, whatever endpoint is added next.
/// </summary>
[Collection(HostTestCollection.Name)]
public partial class BadInputMatrix_Tests(HostFixture fixture)
{
    private sealed record Operation(string Method, string Path, IReadOnlyList<(string Name, string In, string? Type)> Parameters, JsonElement? BodySchema);

    private static readonly string[] BrokenQueryValues = ["not-a-value", "-1", "99999999999999999999", new string('x', 5000), "%00"];

    private static readonly string[] BrokenBodies = ["{", "[]", "\"text\"", "{\"a\":", "null"];

    private async Task<(List<Operation> Operations, JsonElement Document)> OperationsAsync(HttpClient client)
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<Operation>();
        // The OAuth endpoints are OpenIddict's, with OAuth errors rather than problem details; their own tests cover them.
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => (
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type) ? type.ToString() : null)).ToList()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema)
                        ? bodySchema
                        : null;
                operations.Add(new Operation(operation.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        // Signing out would end the token the rest of the calls use.
        return (operations.OrderBy(o => o.Path.Contains("logout", StringComparison.Ordinal)).ToList(), document);
    }

    private static string PathOf(Operation operation, string idValue) => RouteParameter().Replace(operation.Path, _ => idValue);

    /// <summary>A value of the wrong JSON type for the declared one.</summary>
    private static JsonNode WrongValue(string type) =>
        type.Contains("string", StringComparison.Ordinal) ? JsonValue.Create(12.5) : JsonValue.Create("not-the-right-type");

    /// <summary>A value of the right JSON type but far too big: long text, huge numbers, long lists.</summary>
    private static JsonNode? OversizedValue(string type) =>
        type.Contains("string", StringComparison.Ordinal) ? JsonValue.Create(new string('x', 5000))
        : type.Contains("integer", StringComparison.Ordinal) ? JsonValue.Create(long.MaxValue)
        : type.Contains("number", StringComparison.Ordinal) ? JsonValue.Create(1e300)
        : type.Contains("array", StringComparison.Ordinal) ? new JsonArray([.. Enumerable.Range(0, 500).Select(_ => (JsonNode?)JsonValue.Create(new string('x', 300)))])
        : type.Contains("boolean", StringComparison.Ordinal) ? JsonValue.Create(true)
        : null;

    /// <summary>A body with every declared property set by <paramref name="valueFor"/> from its JSON type.</summary>
    private static string BodyOf(JsonElement schema, JsonElement document, Func<string, JsonNode?> valueFor)
    {
        var resolved = Resolve(schema, document);
        var body = new JsonObject();
        if (resolved.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var type = Resolve(property.Value, document).TryGetProperty("type", out var t) ? t.ToString() : "object";
                body[property.Name] = valueFor(type);
            }
        }

        return body.ToJsonString();
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private static async Task ShouldBeAClientErrorAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        status.ShouldBeLessThan(500, what);
        if (status >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", what);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            body.GetProperty("code").GetString().ShouldNotBeNullOrWhiteSpace(what);
        }
    }

    [Fact]
    public async Task Should_Answer_Broken_Input_To_Every_Operation_With_A_Client_Error()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Admin);
        using var anonymous = fixture.Client();
        using var client = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var (operations, document) = await OperationsAsync(client);
        var calls = 0;

        foreach (var operation in operations)
        {
            var hasId = RouteParameter().IsMatch(operation.Path);
            var requests = new List<(string What, Func<HttpRequestMessage> Create)>();
            if (hasId)
            {
                requests.Add(("id that is not one", () => Request(operation, PathOf(operation, "not-an-id"), operation.BodySchema is null ? null : "{}")));
            }

            var path = PathOf(operation, Guid.NewGuid().ToString());
            foreach (var (name, location, _) in operation.Parameters.Where(p => p.In == "query"))
            {
                foreach (var value in BrokenQueryValues)
                {
                    requests.Add(($"query {name}={value[..Math.Min(20, value.Length)]}", () => Request(operation, $"{path}?{name}={Uri.EscapeDataString(value)}", operation.BodySchema is null ? null : "{}")));
                }
            }

            if (operation.BodySchema is { } schema)
            {
                foreach (var body in BrokenBodies)
                {
                    requests.Add(($"body {body}", () => Request(operation, path, body)));
                }

                requests.Add(("wrongly typed body", () => Request(operation, path, BodyOf(schema, document, WrongValue))));
                requests.Add(("oversized values", () => Request(operation, path, BodyOf(schema, document, OversizedValue))));
            }

            foreach (var (what, create) in requests)
            {
                using var request = create();
                using var response = await client.SendAsync(request);
                await ShouldBeAClientErrorAsync(response, $"{operation.Method} {operation.Path}: {what}");
                calls++;
            }
        }

        calls.ShouldBeGreaterThan(100);
    }

    private static HttpRequestMessage Request(Operation operation, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();
}
