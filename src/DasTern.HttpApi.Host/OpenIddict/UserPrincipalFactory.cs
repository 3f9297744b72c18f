using System.Security.Claims;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>What a user's tokens carry, the same for every grant.</summary>
public sealed class UserPrincipalFactory(UserManager<AppUser> userManager, IOptions<OpenIddictSeedOptions> clients)
{
    /// <summary>Kept in refresh tokens and codes only, so a password change or deactivation ends the session.</summary>
    public const string SecurityStampClaim = "dastern_ss";

    public async Task<ClaimsPrincipal> CreateAsync(AppUser user, IEnumerable<string> scopes, string? clientId)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaim(Claims.GivenName, user.FirstName);
        identity.SetClaim(Claims.FamilyName, user.LastName);
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(SecurityStampClaim, user.SecurityStamp);
        identity.SetClaims(Claims.Role, [.. await userManager.GetRolesAsync(user)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        // The API, and the service client acting as a resource server that may introspect user tokens.
        principal.SetResources(OpenIddictSeedOptions.ApiScope, clients.Value.ServiceClientId);
        identity.SetDestinations(claim => claim.Type == SecurityStampClaim ? [] : [Destinations.AccessToken]);
        return principal;
    }

    /// <summary>The user behind a code or refresh token, if the session still stands (active, same security stamp).</summary>
    public async Task<AppUser?> FindStillValidAsync(ClaimsPrincipal? previous)
    {
        var user = previous?.GetClaim(Claims.Subject) is { } subject ? await userManager.FindByIdAsync(subject) : null;
        return user is { IsActive: true } && previous!.GetClaim(SecurityStampClaim) == user.SecurityStamp ? user : null;
    }
}
