using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DasTern.Infrastructure;

/// <summary>
/// A browser in the authorization-code flow: keeps cookies, follows no redirects, fills the login
/// page (with its antiforgery token) and redeems codes with their PKCE verifier.
/// </summary>
public sealed partial class CodeFlowBrowser(WebApplicationFactory<Program> factory) : IDisposable
{
    public const string RedirectUri = "dastern://auth/callback";

    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (verifier, challenge);
    }

    public static string AuthorizeUrl(string challenge, string method = "S256", string? prompt = null) =>
        "/connect/authorize?client_id=" + TestSettings.MobileClientId + "&response_type=code&scope=" + Uri.EscapeDataString("DasTern offline_access")
        + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri) + "&state=s123&code_challenge_method=" + method + "&code_challenge=" + challenge
        + (prompt is null ? string.Empty : "&prompt=" + prompt);

    public async Task<HttpResponseMessage> LogInAsync(string returnUrl, string login, string password)
    {
        var page = await Client.GetStringAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value),
            ["returnUrl"] = returnUrl,
            ["login"] = login,
            ["password"] = password,
        });
        return await Client.PostAsync("/account/login", form);
    }

    /// <summary>Signs in at the login page through a first authorization request; answers that request's address.</summary>
    public async Task<string> SignInAsync(string login, string password)
    {
        var (_, challenge) = Pkce();
        using var first = await Client.GetAsync(AuthorizeUrl(challenge));
        var returnUrl = HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), first.Headers.Location!.ToString()).Query)["returnUrl"]!;
        using var loggedIn = await LogInAsync(returnUrl, login, password);
        loggedIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return returnUrl;
    }

    /// <summary>Asks for a code with the browser's current cookie: the code, or null when the browser is sent to the login page.</summary>
    public async Task<(string? Code, string Verifier)> AuthorizeAsync()
    {
        var (verifier, challenge) = Pkce();
        using var response = await Client.GetAsync(AuthorizeUrl(challenge));
        var location = response.Headers.Location!;
        return (location.IsAbsoluteUri && location.Scheme == "dastern" ? HttpUtility.ParseQueryString(location.Query)["code"] : null, verifier);
    }

    public async Task<(int Status, TokenResponse Body)> RedeemAsync(string code, string? verifier)
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
        using var response = await Client.PostAsync("/connect/token", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    public static partial Regex AntiforgeryField();
}
