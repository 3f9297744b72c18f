using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DasTern.Infrastructure;

namespace DasTern.AutoApi;

/// <summary>
/// Every operation in the published API description, so a new endpoint is covered without editing
/// this test: anonymous callers get 401 unless the operation is public, and a signed-in user without
/// any permission gets 403 from every operation that declares permissions.
/// </summary>
[Collection(HostTestCollection.Name)]
public partial class AuthorizationMatrix_Tests(HostFixture fixture)
{
    private sealed record Operation(string Method, string Path, bool IsSecured, IReadOnlyList<string> Permissions);

    private async Task<List<Operation>> OperationsAsync()
    {
        using var client = fixture.Client();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<Operation>();
        // The OAuth endpoints are OpenIddict's, with OAuth errors rather than problem details; their own tests cover them.
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var secured = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                var permissions = operation.Value.TryGetProperty("x-permissions", out var list)
                    ? list.EnumerateArray().Select(p => p.GetString()!).ToList()
                    : [];
                operations.Add(new Operation(operation.Name.ToUpperInvariant(), path.Name, secured, permissions));
            }
        }

        return operations;
    }

    private static HttpRequestMessage RequestFor(Operation operation)
    {
        var path = RouteParameter().Replace(operation.Path, _ => Guid.NewGuid().ToString());
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (operation.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Public on purpose; anything else that turns up without a security requirement is a mistake.</summary>
    private static readonly string[] PublicOperations =
    [
        "GET /api/application-configuration",
        "POST /api/account/register-patient",
        "POST /api/account/register-caregiver",
        "POST /api/account/register-doctor",
        "POST /api/account/send-email-confirmation-code",
        "POST /api/account/confirm-email",
        "POST /api/account/send-password-reset-code",
        "POST /api/account/reset-password",
    ];

    [Fact]
    public async Task Should_Keep_Every_Operation_Secured_Except_The_Deliberately_Public_Ones()
    {
        var operations = await OperationsAsync();

        operations.Count(operation => operation.IsSecured).ShouldBeGreaterThanOrEqualTo(9);
        operations.Where(operation => !operation.IsSecured).Select(operation => $"{operation.Method} {operation.Path}").ShouldBe(PublicOperations, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Answer_401_To_Anonymous_Callers_Of_Every_Secured_Operation()
    {
        using var client = fixture.Client();

        foreach (var operation in (await OperationsAsync()).Where(o => o.IsSecured))
        {
            using var request = RequestFor(operation);
            using var response = await client.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{operation.Method} {operation.Path}");
        }
    }

    [Fact]
    public async Task Should_Answer_403_To_A_Caller_Without_The_Declared_Permissions()
    {
        var (email, password, _) = await fixture.CreateUserAsync(role: null);
        using var anonymous = fixture.Client();
        using var client = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var guarded = (await OperationsAsync()).Where(o => o.Permissions.Count > 0).ToList();

        guarded.ShouldNotBeEmpty();
        foreach (var operation in guarded)
        {
            using var request = RequestFor(operation);
            using var response = await client.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{operation.Method} {operation.Path}");
        }
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();
}
