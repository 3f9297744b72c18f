using DasTern.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace DasTern.OpenIddict;

/// <summary>The authorization server only sees requests under its paths, so none of its endpoints may live elsewhere.</summary>
[Collection(HostTestCollection.Name)]
public class AuthServerRequestSchemes_Tests(HostFixture fixture)
{
    [Fact]
    public void Should_Keep_Every_Authorization_Server_Endpoint_Under_The_Paths_It_Is_Offered()
    {
        var options = fixture.Factory.Services.GetRequiredService<IOptions<OpenIddictServerOptions>>().Value;

        var endpoints = typeof(OpenIddictServerOptions).GetProperties()
            .Where(property => property.Name.EndsWith("EndpointUris", StringComparison.Ordinal))
            .SelectMany(property => (IEnumerable<Uri>)property.GetValue(options)!)
            .Select(uri => new PathString("/" + (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).TrimStart('/')))
            .ToList();

        endpoints.Count.ShouldBeGreaterThanOrEqualTo(8);
        endpoints.ShouldAllBe(path => AuthServerRequestSchemes.Paths.Any(prefix => path.StartsWithSegments(prefix)));
    }
}
