using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>What the authorization server publishes and accepts at its edges.</summary>
[Collection(HostTestCollection.Name)]
public class AuthServerSurface_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Publish_Only_Configured_Addresses_Whatever_The_Host_Header_Says()
    {
        using var client = fixture.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);
        var discovery = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var addresses = discovery.EnumerateObject().Where(member => member.Value.ValueKind == JsonValueKind.String && member.Value.GetString()!.StartsWith("http", StringComparison.Ordinal)).ToList();
        addresses.Count.ShouldBeGreaterThan(4);
        addresses.ShouldAllBe(member => member.Value.GetString()!.StartsWith("http://localhost/", StringComparison.Ordinal));
        discovery.GetProperty("end_session_endpoint").GetString().ShouldBe("http://localhost/connect/logout");
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(method => method.GetString()).ShouldBe(["S256"]);
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(grant => grant.GetString()).ShouldNotContain(GoogleOptions.GrantType);
    }

    [Fact]
    public async Task Should_Refuse_An_Access_Token_In_The_Query_String_And_Keep_It_Out_Of_The_Audit_Trail()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        var correlationId = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/my-profile?access_token=" + token);
        request.Headers.Add("X-Correlation-Id", correlationId);

        using var response = await anonymous.SendAsync(request);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var record = await AuditTrail.RecordOfAsync(admin, correlationId);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var url = record.GetProperty("url").GetString()!;
        url.ShouldContain("access_token=%5Bredacted%5D");
        url.ShouldNotContain(token[..20]);
    }

    [Fact]
    public async Task Should_Refuse_An_Access_Token_That_Is_Not_Valid_Yet()
    {
        var (_, _, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        var keyFile = Path.Combine(fixture.Settings["AuthServer:DevelopmentKeyDirectory"]!, "signing-key.pem");
        using var rsa = RSA.Create();
        rsa.ImportFromPem(await File.ReadAllTextAsync(keyFile));
        var key = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
        string Forge(DateTime notBefore) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "http://localhost/",
            Audience = "DasTern",
            TokenType = "at+jwt",
            IssuedAt = DateTime.UtcNow,
            NotBefore = notBefore,
            Expires = DateTime.UtcNow.AddHours(2),
            Subject = new ClaimsIdentity([new Claim("sub", id.ToString()), new Claim("role", RoleNames.Patient), new Claim("scope", "DasTern")]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        var earlyToken = Forge(DateTime.UtcNow.AddMinutes(10));
        using var valid = fixture.Client(Forge(DateTime.UtcNow.AddMinutes(-1)));
        using var early = fixture.Client(earlyToken);

        (await valid.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Refused, so never remembered: the second try meets the full validation again.
        fixture.Factory.Services.GetRequiredService<ValidatedAccessTokenCache>().Contains(earlyToken).ShouldBeFalse();
        (await early.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_401_Not_500_To_A_Client_Token_At_Userinfo()
    {
        using var anonymous = fixture.Client();
        var (status, body) = await TokenClient.ClientCredentialsAsync(anonymous, TestSettings.ServiceClientSecret);
        using var service = fixture.Client(body.AccessToken);

        using var userInfo = await service.GetAsync("/connect/userinfo");

        status.ShouldBe(200);
        userInfo.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
