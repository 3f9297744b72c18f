using DasTern.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.AutoApi;

[Collection(HostTestCollection.Name)]
public class RouteTable_Tests(HostFixture fixture)
{
    private List<string> Routes() =>
        fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(verb => $"{verb} {endpoint.RoutePattern.RawText}"))
            .ToList();

    [Theory]
    [InlineData("GET api/app/medicine/{id}")]
    [InlineData("GET api/app/medicine")]
    [InlineData("GET api/app/medicine/categories")]
    [InlineData("POST api/app/medicine")]
    [InlineData("PUT api/app/medicine/{id}")]
    [InlineData("DELETE api/app/medicine/{id}")]
    [InlineData("POST api/app/medicine/check-interactions")]
    [InlineData("GET api/permission-management/permissions")]
    [InlineData("PUT api/permission-management/permissions")]
    public void Should_Expose_Every_Application_Service_Method(string route)
    {
        Routes().ShouldContain(route);
    }
}
