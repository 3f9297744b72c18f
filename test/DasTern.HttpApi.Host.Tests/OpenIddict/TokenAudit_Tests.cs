using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.OpenIddict;

/// <summary>Every token request leaves a trace, refused ones most of all; a replayed grant ends its session.</summary>
[Collection(HostTestCollection.Name)]
public class TokenAudit_Tests(HostFixture fixture)
{
    private async Task<HttpResponseMessage> PostTokenAsync(HttpContent content, string correlationId)
    {
        using var client = fixture.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = content };
        request.Headers.Add("X-Correlation-Id", correlationId);
        return await client.SendAsync(request);
    }

    private async Task<JsonElement> SecurityLogOfAsync(string correlationId, string action)
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var logs = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/security-logs?action={action}&maxResultCount=100");
        return logs.GetProperty("items").EnumerateArray().Single(log => log.GetProperty("correlationId").GetString() == correlationId);
    }

    private async Task<JsonElement> AuditRecordOfAsync(string correlationId)
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        return await AuditTrail.RecordOfAsync(admin, correlationId);
    }

    public static TheoryData<string, string> RefusedRequests => new()
    {
        { "wrong client secret", "grant_type=client_credentials&client_id=DasTern_Service&client_secret=not-the-secret&scope=DasTern" },
        { "unknown client", "grant_type=password&client_id=NoSuchClient&username=a%40b.c&password=x" },
        { "unsupported grant", "grant_type=urn%3Anot%3Aa%3Agrant&client_id=DasTern_App" },
        { "no grant", "client_id=DasTern_App" },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task Should_Log_Token_Requests_The_Server_Refuses_On_Its_Own(string what, string form)
    {
        var correlationId = Guid.NewGuid().ToString("N");

        using var response = await PostTokenAsync(new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"), correlationId);
        var log = await SecurityLogOfAsync(correlationId, "TokenRequestRejected");
        var record = await AuditRecordOfAsync(correlationId);

        ((int)response.StatusCode).ShouldBeInRange(400, 401, what);
        log.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
        record.GetProperty("url").GetString().ShouldBe("/connect/token");
        record.GetProperty("statusCode").GetInt32().ShouldBe((int)response.StatusCode);
    }

    [Fact]
    public async Task Should_Log_An_Unreadable_Token_Request()
    {
        var correlationId = Guid.NewGuid().ToString("N");

        using var response = await PostTokenAsync(new StringContent("{\"grant_type\":\"password\"}", Encoding.UTF8, "application/json"), correlationId);
        var record = await AuditRecordOfAsync(correlationId);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SecurityLogOfAsync(correlationId, "TokenRequestRejected")).GetProperty("detail").GetString()!.ShouldContain("invalid_request");
        record.GetProperty("statusCode").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task Should_Name_The_User_In_The_Audit_Record_Of_A_Successful_Sign_In()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        var correlationId = Guid.NewGuid().ToString("N");

        using var response = await PostTokenAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TestSettings.MobileClientId,
            ["username"] = email,
            ["password"] = password,
        }), correlationId);
        var record = await AuditRecordOfAsync(correlationId);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        record.GetProperty("userId").GetGuid().ShouldBe(id);
        record.GetProperty("clientId").GetString().ShouldBe(TestSettings.MobileClientId);
    }

    [Fact]
    public async Task Should_End_The_Session_When_A_Used_Refresh_Token_Comes_Back()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var client = fixture.Client();
        var (_, first) = await TokenClient.PasswordAsync(client, email, password);
        var (_, second) = await TokenClient.RefreshAsync(client, first.RefreshToken!);

        var replay = await TokenClient.RefreshAsync(client, first.RefreshToken!);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var logs = await admin.GetFromJsonAsync<JsonElement>($"/api/audit-logging/audit-logs/security-logs?userId={id}&action=TokenReplayed");

        replay.Body.Error.ShouldBe("invalid_grant");
        (await fixture.Client(second.AccessToken).GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.RefreshAsync(client, second.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        logs.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Revoke_The_Tokens_Of_The_First_Exchange_When_A_Code_Is_Replayed()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var browser = new CodeFlowBrowser(fixture.Factory);
        await browser.SignInAsync(email, password);
        var (code, verifier) = await browser.AuthorizeAsync();

        var first = await browser.RedeemAsync(code!, verifier);
        var replay = await browser.RedeemAsync(code!, verifier);

        first.Status.ShouldBe(200, first.Body.ErrorDescription);
        replay.Body.Error.ShouldBe("invalid_grant");
        (await fixture.Client(first.Body.AccessToken).GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.RefreshAsync(fixture.Client(), first.Body.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
    }
}
