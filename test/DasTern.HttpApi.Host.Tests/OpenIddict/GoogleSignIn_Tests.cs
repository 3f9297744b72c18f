using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

[Collection(HostTestCollection.Name)]
public class GoogleSignIn_Tests(HostFixture fixture)
{
    private static async Task<(int Status, TokenResponse Body)> ExchangeAsync(HttpClient client, string idToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GoogleOptions.GrantType,
            ["client_id"] = TestSettings.MobileClientId,
            ["id_token"] = idToken,
            ["scope"] = "DasTern offline_access",
        });
        using var response = await client.PostAsync("/connect/token", form);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }

    [Fact]
    public async Task Should_Create_Or_Link_Accounts_From_Valid_Google_Tokens_Only()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        var settings = new Dictionary<string, string?>(fixture.Settings)
        {
            ["Google:ClientIds:0"] = FakeGoogleKeyServer.ClientId,
            ["Google:JwksUri"] = google.JwksUri.ToString(),
        };
        await using var host = new DasTernHostFactory(settings);
        using var client = host.CreateClient();
        var (existingEmail, _, existingId) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        var newEmail = $"google-{Guid.NewGuid():N}@gmail.test";
        using var stranger = RSA.Create(2048);

        var created = await ExchangeAsync(client, google.IssueIdToken($"g-{Guid.NewGuid():N}", newEmail));
        var linked = await ExchangeAsync(client, google.IssueIdToken($"g-{Guid.NewGuid():N}", existingEmail));
        var wrongAudience = await ExchangeAsync(client, google.IssueIdToken("g-x", newEmail, audience: "someone-else"));
        var wrongIssuer = await ExchangeAsync(client, google.IssueIdToken("g-x", newEmail, issuer: "https://evil.example"));
        var expired = await ExchangeAsync(client, google.IssueIdToken("g-x", newEmail, lifetime: TimeSpan.FromMinutes(-10)));
        var forged = await ExchangeAsync(client, google.IssueIdToken("g-x", newEmail, signWith: new RsaSecurityKey(stranger) { KeyId = "fake-google-key" }));
        var unverified = await ExchangeAsync(client, google.IssueIdToken($"g-{Guid.NewGuid():N}", $"new-{Guid.NewGuid():N}@gmail.test", emailVerified: false));

        created.Status.ShouldBe(200, created.Body.ErrorDescription);
        using var me = fixture.Client(created.Body.AccessToken);
        var profile = await me.GetFromJsonAsync<JsonElement>("/api/account/my-profile");
        profile.GetProperty("email").GetString().ShouldBe(newEmail);
        profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([RoleNames.Patient]);
        linked.Status.ShouldBe(200, linked.Body.ErrorDescription);
        using var linkedClient = fixture.Client(linked.Body.AccessToken);
        (await linkedClient.GetFromJsonAsync<JsonElement>("/api/account/my-profile")).GetProperty("id").GetGuid().ShouldBe(existingId);
        foreach (var refused in new[] { wrongAudience, wrongIssuer, expired, forged, unverified })
        {
            refused.Body.Error.ShouldBe("invalid_grant");
        }
    }
}
