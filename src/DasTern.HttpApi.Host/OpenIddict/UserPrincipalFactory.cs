using System.Security.Claims;
using DasTern.Identity;
using DasTern.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>What a user's tokens carry, the same for every grant.</summary>
public sealed class UserPrincipalFactory(UserManager<AppUser> userManager, IOptions<OpenIddictSeedOptions> clients, TimeProvider timeProvider)
{
    /// <param name="sessionId">The login-page session the tokens descend from (code flow), so logging out can end it too.</param>
    public async Task<ClaimsPrincipal> CreateAsync(AppUser user, IEnumerable<string> scopes, string? clientId, string? sessionId = null)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaim(Claims.GivenName, user.FirstName);
        identity.SetClaim(Claims.FamilyName, user.LastName);
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(DasTernClaimTypes.SessionId, sessionId);
        identity.SetClaims(Claims.Role, [.. await userManager.GetRolesAsync(user)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        // The API, and the service client acting as a resource server that may introspect user tokens.
        principal.SetResources(OpenIddictSeedOptions.ApiScope, clients.Value.ServiceClientId);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    /// <summary>
    /// The user behind a code or refresh token, while the account may still sign in. Sessions that
    /// must end (a reset password, a lock) are revoked in the token store, which OpenIddict checks first.
    /// </summary>
    public async Task<AppUser?> FindStillValidAsync(ClaimsPrincipal? previous)
    {
        var user = previous?.GetClaim(Claims.Subject) is { } subject && Guid.TryParse(subject, out _) ? await userManager.FindByIdAsync(subject) : null;
        return user?.StandingAt(timeProvider.GetUtcNow()) == AccountStanding.Active ? user : null;
    }
}
