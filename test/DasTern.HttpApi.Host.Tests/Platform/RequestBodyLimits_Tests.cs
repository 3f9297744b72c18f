using System.Net.Http.Headers;
using System.Text;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DasTern.Platform;

[Collection(HostTestCollection.Name)]
public class RequestBodyLimits_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Refuse_Chunked_Bodies_Over_The_Limit_Wherever_They_Go()
    {
        // Without the redirect handler, which reads a request body whole (and so declares its length) before sending it.
        using var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var admin = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.TokenForAsync(RoleNames.Admin));
        using var json = new StreamingContent("{\"genericName\":\"", fillerBytes: 2 * 1024 * 1024, mediaType: "application/json");
        using var tokenForm = new StreamingContent("grant_type=password&client_id=DasTern_App&username=", fillerBytes: 5 * 1024 * 1024);
        using var loginForm = new StreamingContent("returnUrl=%2F&login=", fillerBytes: 5 * 1024 * 1024);

        using var api = await admin.PostAsync("/api/app/medicine", json);
        using var token = await anonymous.PostAsync("/connect/token", tokenForm);
        using var login = await anonymous.PostAsync("/account/login", loginForm);

        var apiBody = await ProblemDetailsBody.ReadAsync(api, 413, CommonErrorCodes.PayloadTooLarge);
        apiBody.GetProperty("data").GetProperty("maxBytes").GetInt64().ShouldBe(1024 * 1024);
        await ProblemDetailsBody.ReadAsync(token, 413, CommonErrorCodes.PayloadTooLarge);
        await ProblemDetailsBody.ReadAsync(login, 413, CommonErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task Should_Refuse_A_Form_With_More_Fields_Than_The_Form_Reader_Takes()
    {
        using var client = fixture.Client();
        using var form = new StringContent(
            "client_id=DasTern_Service&" + string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"f{i}=")),
            Encoding.ASCII,
            "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/connect/introspect", form);

        await ProblemDetailsBody.ReadAsync(response, 413, CommonErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public void Should_Hand_The_Configured_Body_Limit_To_Kestrel()
    {
        var kestrel = fixture.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        kestrel.Limits.MaxRequestBodySize.ShouldBe(1024 * 1024);
    }
}
