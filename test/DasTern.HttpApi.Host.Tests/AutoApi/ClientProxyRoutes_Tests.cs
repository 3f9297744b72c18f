using System.Net.Http.Json;
using System.Text.Json;
using DasTern.ClientProxies;
using DasTern.Infrastructure;

namespace DasTern.AutoApi;

/// <summary>The proxies call exactly the operations the host describes: none missing, none extra.</summary>
[Collection(HostTestCollection.Name)]
public class ClientProxyRoutes_Tests(HostFixture fixture)
{
    /// <summary>The OAuth/OIDC endpoints and discovery documents (OpenIddict's, not application services) are for an OAuth client.</summary>
    private static readonly string[] AuthServerPrefixes = ["/connect/", "/.well-known/"];

    [Fact]
    public async Task Should_Match_Every_Described_Operation_With_A_Proxy_Route_Both_Ways()
    {
        using var client = fixture.Client();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var described = (
            from path in document.GetProperty("paths").EnumerateObject()
            where !AuthServerPrefixes.Any(prefix => path.Name.StartsWith(prefix, StringComparison.Ordinal))
            from operation in path.Value.EnumerateObject()
            where operation.Name is "get" or "post" or "put" or "delete" or "patch" or "head" or "options" or "trace"
            select $"{operation.Name.ToUpperInvariant()} {path.Name}").ToHashSet();
        var proxied = ClientProxyRoutes.Routes.Values.Select(route => $"{route.Verb} /{route.Template}").ToHashSet();

        proxied.Count.ShouldBe(ClientProxyRoutes.Routes.Count);
        described.Except(proxied).Order().ShouldBeEmpty("described but without a proxy");
        proxied.Except(described).Order().ShouldBeEmpty("proxied but not described");
    }
}
