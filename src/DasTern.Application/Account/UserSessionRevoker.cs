using DasTern.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.Account;

/// <summary>
/// Ends every session of a user (password reset, deactivation, lock): refresh tokens and codes are
/// revoked in the token store, and access tokens that have not expired go on the revocation list,
/// both in the caller's unit of work, so they commit with the change that ended the sessions.
/// </summary>
public sealed class UserSessionRevoker(
    IOpenIddictTokenManager tokens,
    IAccessTokenRevocationList revocationList,
    TimeProvider timeProvider)
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var accessTokens = new List<(string Id, DateTimeOffset Expires)>();
        await foreach (var token in tokens.FindBySubjectAsync(userId.ToString(), cancellationToken))
        {
            if (await tokens.GetTypeAsync(token, cancellationToken) == TokenTypeIdentifiers.AccessToken
                && await tokens.GetExpirationDateAsync(token, cancellationToken) is { } expires && expires > now
                && await tokens.GetIdAsync(token, cancellationToken) is { } id)
            {
                accessTokens.Add((id, expires));
            }
        }

        await tokens.RevokeBySubjectAsync(userId.ToString(), cancellationToken);
        foreach (var (id, expires) in accessTokens)
        {
            await revocationList.RevokeAsync(id, expires, cancellationToken);
        }
    }
}
