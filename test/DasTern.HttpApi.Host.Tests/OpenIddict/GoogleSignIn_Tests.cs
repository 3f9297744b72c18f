using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

[Collection(HostTestCollection.Name)]
public class GoogleSignIn_Tests(HostFixture fixture)
{
    private static async Task<(int Status, TokenResponse Body)> ExchangeAsync(HttpClient client, string idToken, string? otp = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = GoogleOptions.GrantType,
            ["client_id"] = TestSettings.MobileClientId,
            ["id_token"] = idToken,
            ["scope"] = "DasTern offline_access",
        };
        if (otp is not null)
        {
            fields["otp"] = otp;
        }

        using var form = new FormUrlEncodedContent(fields);
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

    private DasTernHostFactory GoogleHost(FakeGoogleKeyServer google) => new(new Dictionary<string, string?>(fixture.Settings)
    {
        ["Google:ClientIds:0"] = FakeGoogleKeyServer.ClientId,
        ["Google:JwksUri"] = google.JwksUri.ToString(),
    });

    [Fact]
    public async Task Should_Take_Over_An_Unconfirmed_Account_Registered_With_The_Verified_Address()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        await using var host = GoogleHost(google);
        using var client = host.CreateClient();
        var email = $"victim-{Guid.NewGuid():N}@gmail.test";
        const string attackersPassword = "squatter pepper harbour 6610";
        Guid id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var squatted = new AppUser(email, email, DateTimeOffset.UtcNow)
            {
                PhoneNumber = "+8551" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            squatted.SetName("Not", "The Owner");
            squatted.ApplyAsDoctor("FAKE-1", "Fake specialty", "Fake clinic");
            IdentityResults.ThrowIfFailed(await users.CreateAsync(squatted, attackersPassword));
            IdentityResults.ThrowIfFailed(await users.AddToRoleAsync(squatted, RoleNames.Caregiver));
            IdentityResults.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(squatted));
            IdentityResults.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(squatted, true));
            id = squatted.Id;
        }

        var owner = await ExchangeAsync(client, google.IssueIdToken($"g-{Guid.NewGuid():N}", email));
        var attacker = await TokenClient.PasswordAsync(client, email, attackersPassword);
        await using var check = host.Services.CreateAsyncScope();
        var userManager = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = (await userManager.FindByIdAsync(id.ToString()))!;
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var logs = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/security-logs?userId={id}&action=AccountTakenOver");

        owner.Status.ShouldBe(200, owner.Body.ErrorDescription);
        attacker.Body.Error.ShouldBe("invalid_grant");
        account.EmailConfirmed.ShouldBeTrue();
        account.PasswordHash.ShouldBeNull();
        account.PhoneNumber.ShouldBeNull();
        account.TwoFactorEnabled.ShouldBeFalse();
        account.DoctorStatus.ShouldBe(DoctorVerificationStatus.None);
        account.FirstName.ShouldBe("Google");
        (await userManager.GetRolesAsync(account)).ShouldBe([RoleNames.Patient]);
        logs.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Want_The_Second_Factor_For_A_Google_Sign_In_Of_A_Two_Factor_Account()
    {
        await using var google = await FakeGoogleKeyServer.StartAsync();
        await using var host = GoogleHost(google);
        using var client = host.CreateClient();
        var (email, _, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        string key;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            IdentityResults.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user));
            IdentityResults.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true));
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var subject = $"g-{Guid.NewGuid():N}";
        var withoutCode = await ExchangeAsync(client, google.IssueIdToken(subject, email));
        var withCode = await ExchangeAsync(client, google.IssueIdToken(subject, email), new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp());

        withoutCode.Body.Error.ShouldBe("invalid_grant");
        withoutCode.Body.ErrorDescription!.ShouldStartWith("two_factor_required");
        withCode.Status.ShouldBe(200, withCode.Body.ErrorDescription);
    }
}
