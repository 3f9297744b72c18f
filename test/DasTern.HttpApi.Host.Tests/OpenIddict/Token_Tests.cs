using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.OpenIddict;

[Collection(HostTestCollection.Name)]
public class Token_Tests(HostFixture fixture)
{
    private static JsonElement PayloadOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '='))).RootElement;
    }

    [Fact]
    public async Task Should_Issue_A_Signed_Unencrypted_Jwt_With_Roles_For_The_Password_Grant()
    {
        using var client = fixture.Client();

        var (status, body) = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);

        status.ShouldBe(200, body.ErrorDescription);
        body.RefreshToken.ShouldNotBeNullOrEmpty();
        body.AccessToken!.Split('.').Length.ShouldBe(3);
        var payload = PayloadOf(body.AccessToken);
        payload.GetProperty("aud").EnumerateArray().Select(audience => audience.GetString()).ShouldContain("DasTern");
        payload.GetProperty("role").GetString().ShouldBe(RoleNames.Admin);
        payload.GetProperty("iss").GetString().ShouldBe("http://localhost/");
        (payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64()).ShouldBe(3600);
        payload.TryGetProperty("dastern_ss", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_A_Wrong_Password_And_An_Unknown_User_Alike()
    {
        using var client = fixture.Client();

        var wrong = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, "not-the-password");
        var unknown = await TokenClient.PasswordAsync(client, "nobody@dastern.test", "whatever");

        wrong.Status.ShouldBe(400);
        wrong.Body.Error.ShouldBe("invalid_grant");
        unknown.Body.Error.ShouldBe("invalid_grant");
        unknown.Body.ErrorDescription.ShouldBe(wrong.Body.ErrorDescription);
    }

    [Fact]
    public async Task Should_Accept_A_Refresh_Token_Once_And_Refuse_It_The_Second_Time()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        using var client = fixture.Client();
        var (_, issued) = await TokenClient.PasswordAsync(client, email, password);

        var first = await TokenClient.RefreshAsync(client, issued.RefreshToken!);
        var second = await TokenClient.RefreshAsync(client, issued.RefreshToken!);

        first.Status.ShouldBe(200, first.Body.ErrorDescription);
        first.Body.RefreshToken.ShouldNotBe(issued.RefreshToken);
        second.Status.ShouldBe(400);
        second.Body.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_Issue_Client_Credential_Tokens_To_The_Confidential_Client_Only_With_Its_Secret()
    {
        using var client = fixture.Client();

        var good = await TokenClient.ClientCredentialsAsync(client, TestSettings.ServiceClientSecret);
        var bad = await TokenClient.ClientCredentialsAsync(client, "wrong-secret");

        good.Status.ShouldBe(200, good.Body.ErrorDescription);
        PayloadOf(good.Body.AccessToken!).GetProperty("client_id").GetString().ShouldBe(TestSettings.ServiceClientId);
        good.Body.RefreshToken.ShouldBeNull();
        bad.Status.ShouldBe(401);
        bad.Body.Error.ShouldBe("invalid_client");
    }

    [Fact]
    public async Task Should_Accept_A_Token_After_A_Restart_And_On_A_Second_Instance()
    {
        string token;
        await using (var before = new DasTernHostFactory(fixture.Settings))
        {
            using var client = before.CreateClient();
            token = await TokenClient.AccessTokenAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);
        }

        await using var afterRestart = new DasTernHostFactory(fixture.Settings);
        using var restarted = afterRestart.CreateClient();
        restarted.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var secondInstance = fixture.Client(token);

        (await restarted.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secondInstance.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Switch_The_Password_Grant_Off_By_Configuration()
    {
        await using var host = new DasTernHostFactory(new Dictionary<string, string?>(fixture.Settings) { ["AuthServer:EnablePasswordFlow"] = "false" });
        using var client = host.CreateClient();

        var (status, body) = await TokenClient.PasswordAsync(client, TestSettings.AdminEmail, TestSettings.AdminPassword);

        status.ShouldBe(400);
        body.Error.ShouldBe("unsupported_grant_type");
    }

    [Fact]
    public async Task Should_Refuse_A_Refresh_For_A_Deactivated_User()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var client = fixture.Client();
        var (_, issued) = await TokenClient.PasswordAsync(client, email, password);

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = await users.FindByIdAsync(id.ToString());
            user!.Deactivate();
            await users.UpdateAsync(user);
        }

        var refreshed = await TokenClient.RefreshAsync(client, issued.RefreshToken!);
        var signIn = await TokenClient.PasswordAsync(client, email, password);

        refreshed.Body.Error.ShouldBe("invalid_grant");
        signIn.Body.Error.ShouldBe("invalid_grant");
    }
}
