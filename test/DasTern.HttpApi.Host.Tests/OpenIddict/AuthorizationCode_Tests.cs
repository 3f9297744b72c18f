using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.OpenIddict;

/// <summary>The browser flow the admin panel and mobile browsers use: authorization code with PKCE and the login page.</summary>
[Collection(HostTestCollection.Name)]
public partial class AuthorizationCode_Tests(HostFixture fixture)
{
    private const string RedirectUri = "dastern://auth/callback";

    private HttpClient Browser() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static string AuthorizeUrl(string challenge) =>
        "/connect/authorize?client_id=" + TestSettings.MobileClientId + "&response_type=code&scope=" + Uri.EscapeDataString("DasTern offline_access")
        + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&state=s123&code_challenge_method=S256&code_challenge=" + challenge;

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (verifier, challenge);
    }

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient browser, string returnUrl, string login, string password)
    {
        var page = await browser.GetStringAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpUtility.HtmlDecode(token),
            ["returnUrl"] = returnUrl,
            ["login"] = login,
            ["password"] = password,
        });
        return await browser.PostAsync("/account/login", form);
    }

    private static async Task<(int Status, TokenResponse Body)> RedeemAsync(HttpClient client, string code, string? verifier)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = TestSettings.MobileClientId,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
        };
        if (verifier is not null)
        {
            form["code_verifier"] = verifier;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync("/connect/token", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }

    [Fact]
    public async Task Should_Sign_In_Through_The_Login_Page_And_Exchange_The_Code_With_Its_Verifier()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Doctor);
        using var browser = Browser();
        var (verifier, challenge) = Pkce();

        using var first = await browser.GetAsync(AuthorizeUrl(challenge));
        var loginLocation = first.Headers.Location!.ToString();
        var returnUrl = HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), loginLocation).Query)["ReturnUrl"]!;
        using var wrongPassword = await LogInAsync(browser, returnUrl, email, "wrong-password");
        using var loggedIn = await LogInAsync(browser, returnUrl, email, password);
        using var authorized = await browser.GetAsync(loggedIn.Headers.Location!.ToString());
        var callback = authorized.Headers.Location!;
        var query = HttpUtility.ParseQueryString(callback.Query);
        var withoutVerifier = await RedeemAsync(browser, query["code"]!, verifier: null);
        var tokens = await RedeemAsync(browser, query["code"]!, verifier);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost"), loginLocation).AbsolutePath.ShouldBe("/account/login");
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        loggedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        callback.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        query["state"].ShouldBe("s123");
        withoutVerifier.Body.Error.ShouldBe("invalid_request");
        tokens.Status.ShouldBe(200, tokens.Body.ErrorDescription);
        (await fixture.Client(tokens.Body.AccessToken).GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Refuse_A_Code_Request_Without_Pkce_And_A_Foreign_Return_Address()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var browser = Browser();

        using var withoutPkce = await browser.GetAsync(AuthorizeUrl(string.Empty).Replace("&code_challenge_method=S256&code_challenge=", string.Empty, StringComparison.Ordinal));
        using var foreign = await LogInAsync(browser, "https://evil.example/steal", email, password);

        withoutPkce.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Accept_A_Login_Form_Served_By_Another_Instance_With_The_Key_Ring_In_The_Database()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        await using var other = new DasTernHostFactory(fixture.Settings);
        using var browserHere = Browser();
        using var browserThere = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var page = await browserHere.GetAsync("/account/login?returnUrl=%2F");
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
