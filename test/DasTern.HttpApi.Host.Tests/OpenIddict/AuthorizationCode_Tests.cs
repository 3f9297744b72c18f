using System.Net;
using System.Net.Http.Json;
using System.Web;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.OpenIddict;

/// <summary>The browser flow the admin panel and mobile browsers use: authorization code with PKCE and the login page.</summary>
[Collection(HostTestCollection.Name)]
public class AuthorizationCode_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Sign_In_Through_The_Login_Page_And_Exchange_The_Code_With_Its_Verifier()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Doctor);
        using var browser = new CodeFlowBrowser(fixture.Factory);
        var (verifier, challenge) = CodeFlowBrowser.Pkce();

        using var first = await browser.Client.GetAsync(CodeFlowBrowser.AuthorizeUrl(challenge));
        var loginLocation = first.Headers.Location!.ToString();
        var returnUrl = HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), loginLocation).Query)["returnUrl"]!;
        using var wrongPassword = await browser.LogInAsync(returnUrl, email, "wrong-password");
        using var loggedIn = await browser.LogInAsync(returnUrl, email, password);
        using var authorized = await browser.Client.GetAsync(loggedIn.Headers.Location!.ToString());
        var callback = authorized.Headers.Location!;
        var query = HttpUtility.ParseQueryString(callback.Query);
        var withoutVerifier = await browser.RedeemAsync(query["code"]!, verifier: null);
        var tokens = await browser.RedeemAsync(query["code"]!, verifier);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        loginLocation.ShouldStartWith("/account/login?returnUrl=");
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        loggedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        callback.GetLeftPart(UriPartial.Path).ShouldBe(CodeFlowBrowser.RedirectUri);
        query["state"].ShouldBe("s123");
        withoutVerifier.Body.Error.ShouldBe("invalid_request");
        tokens.Status.ShouldBe(200, tokens.Body.ErrorDescription);
        (await fixture.Client(tokens.Body.AccessToken).GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Refuse_A_Code_Request_Without_Pkce_With_Plain_Pkce_And_A_Foreign_Return_Address()
    {
        using var browser = new CodeFlowBrowser(fixture.Factory);
        var (verifier, _) = CodeFlowBrowser.Pkce();

        using var withoutPkce = await browser.Client.GetAsync(CodeFlowBrowser.AuthorizeUrl(string.Empty).Replace("&code_challenge_method=S256&code_challenge=", string.Empty, StringComparison.Ordinal));
        using var plain = await browser.Client.GetAsync(CodeFlowBrowser.AuthorizeUrl(verifier, method: "plain"));
        using var foreign = await browser.Client.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"));

        withoutPkce.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        plain.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/connect/authorize\tx")]
    [InlineData("/connect/authorize\r\nSet-Cookie: x=y")]
    [InlineData("/ /evil")]
    public async Task Should_Answer_400_To_A_Return_Address_With_Control_Characters(string returnUrl)
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var browser = new CodeFlowBrowser(fixture.Factory);

        using var page = await browser.Client.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = CodeFlowBrowser.AntiforgeryField().Match(await (await browser.Client.GetAsync("/account/login?returnUrl=%2F")).Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpUtility.HtmlDecode(token),
            ["returnUrl"] = returnUrl,
            ["login"] = email,
            ["password"] = password,
        });
        using var signIn = await browser.Client.PostAsync("/account/login", form);

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signIn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Serve_The_Login_Page_With_A_Content_Security_Policy()
    {
        using var browser = new CodeFlowBrowser(fixture.Factory);

        using var page = await browser.Client.GetAsync("/account/login?returnUrl=%2F");
        var html = await page.Content.ReadAsStringAsync();

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("form-action 'self'");
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        html.ShouldContain($"<style nonce=\"{nonce}\">");
    }

    [Fact]
    public async Task Should_End_The_Browser_Session_On_A_Password_Change_A_Lock_A_Deactivation_And_A_Logout()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var (lockedEmail, lockedPassword, lockedId) = await fixture.CreateUserAsync(RoleNames.Patient);
        var (inactiveEmail, inactivePassword, inactiveId) = await fixture.CreateUserAsync(RoleNames.Patient);
        var (changedEmail, changedPassword, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        var (loggedOutEmail, loggedOutPassword, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var locked = new CodeFlowBrowser(fixture.Factory);
        using var inactive = new CodeFlowBrowser(fixture.Factory);
        using var changed = new CodeFlowBrowser(fixture.Factory);
        using var loggedOut = new CodeFlowBrowser(fixture.Factory);
        await locked.SignInAsync(lockedEmail, lockedPassword);
        await inactive.SignInAsync(inactiveEmail, inactivePassword);
        await changed.SignInAsync(changedEmail, changedPassword);
        await loggedOut.SignInAsync(loggedOutEmail, loggedOutPassword);
        var before = await Task.WhenAll(locked.AuthorizeAsync(), inactive.AuthorizeAsync(), changed.AuthorizeAsync(), loggedOut.AuthorizeAsync());
        var (codeFlowCode, codeFlowVerifier) = await loggedOut.AuthorizeAsync();
        var codeFlowTokens = (await loggedOut.RedeemAsync(codeFlowCode!, codeFlowVerifier)).Body;

        (await admin.PostAsJsonAsync($"/api/identity/users/{lockedId}/lock", new { })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/identity/users/{inactiveId}/deactivate", null)).EnsureSuccessStatusCode();
        using (var me = fixture.Client(await TokenClient.AccessTokenAsync(fixture.Client(), changedEmail, changedPassword)))
        {
            (await me.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = changedPassword, newPassword = "another lantern river 5521" })).EnsureSuccessStatusCode();
        }

        (await fixture.Client(codeFlowTokens.AccessToken).PostAsync("/api/account/logout", null)).EnsureSuccessStatusCode();
        var after = await Task.WhenAll(locked.AuthorizeAsync(), inactive.AuthorizeAsync(), changed.AuthorizeAsync(), loggedOut.AuthorizeAsync());

        before.ShouldAllBe(result => result.Code != null);
        after.ShouldAllBe(result => result.Code == null);
    }

    [Fact]
    public async Task Should_End_The_Browser_Session_At_The_End_Session_Endpoint()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var browser = new CodeFlowBrowser(fixture.Factory);
        await browser.SignInAsync(email, password);

        var before = await browser.AuthorizeAsync();
        using var signedOut = await browser.Client.GetAsync("/connect/logout?client_id=" + TestSettings.MobileClientId + "&post_logout_redirect_uri=" + Uri.EscapeDataString(CodeFlowBrowser.RedirectUri));
        var after = await browser.AuthorizeAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var sessions = await scope.ServiceProvider.GetRequiredService<EntityFrameworkCore.DasTernDbContext>().LoginSessions.CountAsync(session => session.UserId == id);

        before.Code.ShouldNotBeNull();
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().ShouldStartWith(CodeFlowBrowser.RedirectUri);
        after.Code.ShouldBeNull();
        sessions.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Accept_A_Login_Form_Served_By_Another_Instance_With_The_Key_Ring_In_The_Database()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        await using var other = new DasTernHostFactory(fixture.Settings);
        using var browserHere = new CodeFlowBrowser(fixture.Factory);
        using var browserThere = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var page = await browserHere.Client.GetAsync("/account/login?returnUrl=%2F");
        var token = CodeFlowBrowser.AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = HttpUtility.HtmlDecode(token),
                ["returnUrl"] = "/",
                ["login"] = email,
                ["password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0])));
        using var loggedInThere = await browserThere.SendAsync(post);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<EntityFrameworkCore.DasTernDbContext>().DataProtectionKeys.CountAsync();

        loggedInThere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        loggedInThere.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith("dastern.login=", StringComparison.Ordinal));
        keys.ShouldBeGreaterThan(0);
    }
}
