using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.OpenIddict;

[Collection(HostTestCollection.Name)]
public class Session_Tests(HostFixture fixture)
{
    private static async Task<JsonElement> PostFormAsync(HttpClient client, string path, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Should_End_A_Session_On_Logout_On_Every_Instance()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var (_, tokens) = await TokenClient.PasswordAsync(anonymous, email, password);
        using var user = fixture.Client(tokens.AccessToken);
        await using var secondInstance = new DasTernHostFactory(fixture.Settings);
        using var other = secondInstance.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        (await other.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The other instance hears of it through Redis, a moment after the logout answered.
        (await Eventually.StatusAsync(() => other.GetAsync("/api/app/medicine?maxResultCount=1"), HttpStatusCode.Unauthorized)).ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.RefreshAsync(anonymous, tokens.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_Revoke_An_Access_Token_Through_The_Revocation_Endpoint()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var user = fixture.Client(token);

        await PostFormAsync(anonymous, "/connect/revoke", new() { ["token"] = token, ["token_type_hint"] = "access_token", ["client_id"] = TestSettings.MobileClientId });

        (await user.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Introspect_Tokens_For_The_Service_Client_And_Serve_Userinfo()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        Dictionary<string, string> Introspect() => new()
        {
            ["token"] = token,
            ["client_id"] = TestSettings.ServiceClientId,
            ["client_secret"] = TestSettings.ServiceClientSecret,
        };

        var active = await PostFormAsync(anonymous, "/connect/introspect", Introspect());
        using var user = fixture.Client(token);
        var userInfo = await user.GetFromJsonAsync<JsonElement>("/connect/userinfo");
        (await user.PostAsync("/api/account/logout", null)).EnsureSuccessStatusCode();
        var afterLogout = await PostFormAsync(anonymous, "/connect/introspect", Introspect());

        active.GetProperty("active").GetBoolean().ShouldBeTrue();
        active.GetProperty("sub").GetString().ShouldNotBeNullOrEmpty();
        userInfo.GetProperty("email").GetString().ShouldBe(email);
        userInfo.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldBe([RoleNames.Patient]);
        afterLogout.GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Lock_Out_After_Five_Failures_And_Log_Every_Sign_In_Event()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();

        var first = await TokenClient.PasswordAsync(anonymous, email, password);
        for (var i = 0; i < 5; i++)
        {
            await TokenClient.PasswordAsync(anonymous, email, "wrong-password");
        }

        var locked = await TokenClient.PasswordAsync(anonymous, email, password);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var logs = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/security-logs?userId={id}&maxResultCount=50");

        first.Status.ShouldBe(200);
        // A locked account answers like a wrong password: the answer must not tell that the account exists.
        locked.Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
        var actions = logs.GetProperty("items").EnumerateArray().Select(log => log.GetProperty("action").GetString()).ToList();
        actions.Count(action => action == "LoginFailed").ShouldBe(4);
        actions.Count(action => action == "LockedOut").ShouldBe(2);
        actions.ShouldContain("LoginSucceeded");
        logs.GetProperty("items")[0].GetProperty("clientId").GetString().ShouldBe(TestSettings.MobileClientId);
    }
}
