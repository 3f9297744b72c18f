using System.Net.Http.Json;
using System.Security.Cryptography;
using DasTern.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>Google sign-in against a key server that is slow, broken or asked too often.</summary>
[Collection(HostTestCollection.Name)]
public class GoogleKeys_Tests(HostFixture fixture)
{
    private Dictionary<string, string?> GoogleSettings(FakeGoogleKeyServer google, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(fixture.Settings)
        {
            ["Google:ClientIds:0"] = FakeGoogleKeyServer.ClientId,
            ["Google:JwksUri"] = google.JwksUri.ToString(),
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<(HttpResponseMessage Response, TokenResponse Body)> ExchangeAsync(HttpClient client, string idToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GoogleOptions.GrantType,
            ["client_id"] = TestSettings.MobileClientId,
            ["id_token"] = idToken,
            ["scope"] = "DasTern",
        });
        var response = await client.PostAsync("/connect/token", form);
        return (response, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }

    [Fact]
    public async Task Should_Answer_Temporarily_Unavailable_While_No_Key_Set_Can_Be_Had_And_Refuse_Malformed_Tokens_Without_One()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        await using var host = new DasTernHostFactory(GoogleSettings(google, ("Google:KeyRequestTimeout", "00:00:01"), ("Google:KeyRefreshInterval", "00:00:00")));
        using var client = host.CreateClient();
        var token = google.IssueIdToken($"g-{Guid.NewGuid():N}", $"google-{Guid.NewGuid():N}@gmail.test");

        google.Answer = FakeGoogleKeyServer.KeySetAnswer.Html;
        var html = await ExchangeAsync(client, token);
        google.Answer = FakeGoogleKeyServer.KeySetAnswer.Keys;
        google.Hold();
        var slow = await ExchangeAsync(client, token);
        google.Release();
        var fetchesBefore = google.Fetches;
        var malformed = await ExchangeAsync(client, "not-a-jwt");
        var fetchesAfterMalformed = google.Fetches;
        var recovered = await ExchangeAsync(client, token);

        foreach (var (response, body) in new[] { html, slow })
        {
            ((int)response.StatusCode).ShouldBe(503);
            body.Error.ShouldBe("temporarily_unavailable");
            response.Headers.RetryAfter.ShouldNotBeNull();
            response.Dispose();
        }

        ((int)malformed.Response.StatusCode).ShouldBe(400);
        malformed.Body.Error.ShouldBe("invalid_grant");
        fetchesAfterMalformed.ShouldBe(fetchesBefore);
        ((int)recovered.Response.StatusCode).ShouldBe(200, recovered.Body.ErrorDescription);
    }

    [Fact]
    public async Task Should_Fetch_The_Key_Set_Once_For_Concurrent_Sign_Ins_And_At_Most_Once_Per_Interval_For_Unknown_Keys()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        await using var host = new DasTernHostFactory(GoogleSettings(google));
        using var client = host.CreateClient();
        var token = google.IssueIdToken($"g-{Guid.NewGuid():N}", $"google-{Guid.NewGuid():N}@gmail.test");
        var scopes = Enumerable.Range(0, 8).Select(_ => host.Services.CreateAsyncScope()).ToList();

        google.Hold();
        var validations = scopes.Select(scope => scope.ServiceProvider.GetRequiredService<GoogleIdTokenValidator>().ValidateAsync(token)).ToList();
        while (google.Fetches == 0)
        {
            await Task.Delay(20);
        }

        google.Release();
        var identities = await Task.WhenAll(validations);
        var fetchesForConcurrentSignIns = google.Fetches;
        using var stranger = RSA.Create(2048);
        var unknownKeys = new List<TokenResponse>();
        for (var i = 0; i < 3; i++)
        {
            var forged = google.IssueIdToken("g-x", "x@gmail.test", signWith: new RsaSecurityKey(stranger) { KeyId = $"unknown-{i}" });
            var (response, body) = await ExchangeAsync(client, forged);
            response.Dispose();
            unknownKeys.Add(body);
        }

        var signedIn = await ExchangeAsync(client, token);
        signedIn.Response.Dispose();
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        identities.ShouldAllBe(identity => identity != null);
        fetchesForConcurrentSignIns.ShouldBe(1);
        unknownKeys.ShouldAllBe(body => body.Error == "invalid_grant");
        // Three unknown key ids within the interval: one refetch at most.
        google.Fetches.ShouldBeLessThanOrEqualTo(2);
        signedIn.Body.AccessToken.ShouldNotBeNull();
    }
}
