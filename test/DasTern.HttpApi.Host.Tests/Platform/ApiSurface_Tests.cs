using System.Net;
using System.Security.Cryptography;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Platform;

/// <summary>What the host shows to whom: unknown routes are 404 for everyone, the API description only where it is meant to be.</summary>
[Collection(HostTestCollection.Name)]
public class ApiSurface_Tests(HostFixture fixture)
{
    private static readonly string[] UnknownRoutes = ["/api/app/no-such-service", "/no-such-page", "/api/identity/users/x/y/z"];

    [Fact]
    public async Task Should_Answer_Unknown_Routes_With_404_With_Or_Without_A_Token()
    {
        using var anonymous = fixture.Client();
        using var signedIn = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));

        foreach (var client in new[] { anonymous, signedIn })
        {
            foreach (var route in UnknownRoutes)
            {
                using var get = await client.GetAsync(route);
                using var post = await client.PostAsync(route, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

                await ProblemDetailsBody.ReadAsync(get, 404, CommonErrorCodes.NotFound);
                await ProblemDetailsBody.ReadAsync(post, 404, CommonErrorCodes.NotFound);
            }
        }
    }

    [Fact]
    public async Task Should_Keep_The_Api_Description_And_Its_Page_Off_Outside_Development_Unless_Enabled()
    {
        await using (var host = ProductionHost(openApiEnabled: null))
        {
            using var client = host.CreateClient();
            using var document = await client.GetAsync("/openapi/v1.json");
            using var page = await client.GetAsync("/scalar/v1");

            await ProblemDetailsBody.ReadAsync(document, 404, CommonErrorCodes.NotFound);
            await ProblemDetailsBody.ReadAsync(page, 404, CommonErrorCodes.NotFound);
        }

        await using (var host = ProductionHost(openApiEnabled: true))
        {
            using var client = host.CreateClient();
            using var document = await client.GetAsync("/openapi/v1.json");
            using var page = await client.GetAsync("/scalar/v1");

            document.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private DasTernHostFactory ProductionHost(bool? openApiEnabled)
    {
        using var signing = RSA.Create(2048);
        using var encryption = RSA.Create(2048);
        var settings = new Dictionary<string, string?>(fixture.Settings)
        {
            ["AuthServer:SigningKey"] = signing.ExportPkcs8PrivateKeyPem(),
            ["AuthServer:EncryptionKey"] = encryption.ExportPkcs8PrivateKeyPem(),
        };
        if (openApiEnabled is { } enabled)
        {
            settings["OpenApi:Enabled"] = enabled.ToString();
        }

        return new DasTernHostFactory(settings, "Production");
    }
}
