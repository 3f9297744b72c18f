using System.Net.Http.Headers;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DasTern.Outages;

/// <summary>What the outage tests do on a host of their own: make users, sign them in, read their tokens.</summary>
public static class OutageHost
{
    public static async Task<(string Email, string Password)> CreateUserAsync(DasTernHostFactory host, string role = RoleNames.Patient)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"outage-{Guid.NewGuid():N}@dastern.test";
        const string password = "outage lantern river 3309";
        var user = new AppUser(email, email, DateTimeOffset.UtcNow) { EmailConfirmed = true };
        IdentityResults.ThrowIfFailed(await users.CreateAsync(user, password));
        IdentityResults.ThrowIfFailed(await users.AddToRoleAsync(user, role));
        return (email, password);
    }

    public static async Task<string> SignInAsync(DasTernHostFactory host)
    {
        var (email, password) = await CreateUserAsync(host);
        using var client = host.CreateClient();
        return await TokenClient.AccessTokenAsync(client, email, password);
    }

    public static HttpClient Client(DasTernHostFactory host, string? accessToken = null)
    {
        var client = host.CreateClient();
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>The id OpenIddict gives the token (<c>oi_tkn_id</c>), by which the revocation list knows it.</summary>
    public static string TokenIdOf(string accessToken) =>
        new JsonWebToken(accessToken).GetPayloadValue<string>("oi_tkn_id");
}
