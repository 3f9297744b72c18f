using System.Net.Http.Json;

namespace DasTern.Infrastructure;

/// <summary>Calls the real /connect/token endpoint.</summary>
public static class TokenClient
{
    public static Task<(int Status, TokenResponse Body)> PasswordAsync(HttpClient client, string userName, string password) =>
        RequestAsync(client, new()
        {
            ["grant_type"] = "password",
            ["client_id"] = TestSettings.MobileClientId,
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = "DasTern offline_access",
        });

    public static Task<(int Status, TokenResponse Body)> RefreshAsync(HttpClient client, string refreshToken) =>
        RequestAsync(client, new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = TestSettings.MobileClientId,
            ["refresh_token"] = refreshToken,
        });

    public static Task<(int Status, TokenResponse Body)> ClientCredentialsAsync(HttpClient client, string secret) =>
        RequestAsync(client, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = TestSettings.ServiceClientId,
            ["client_secret"] = secret,
            ["scope"] = "DasTern",
        });

    public static async Task<string> AccessTokenAsync(HttpClient client, string userName, string password)
    {
        var (status, body) = await PasswordAsync(client, userName, password);
        status.ShouldBe(200, body.ErrorDescription);
        return body.AccessToken!;
    }

    private static async Task<(int Status, TokenResponse Body)> RequestAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync("/connect/token", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }
}
