using DasTern.Security;
using DasTern.Uow;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.Account;

/// <summary>
/// Ends every session of a user (password reset, deactivation, lock): refresh tokens and codes are
/// revoked in the token store, and access tokens that have not expired go on the revocation list
/// once the change has committed, so no instance accepts them any longer.
/// </summary>
public sealed class UserSessionRevoker(
    IOpenIddictTokenManager tokens,
    IAccessTokenRevocationList revocationList,
    IUnitOfWorkManager unitOfWorkManager,
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
        var unitOfWork = unitOfWorkManager.Current ?? throw new InvalidOperationException("Sessions are revoked inside a unit of work.");
        unitOfWork.OnCompleted(async () =>
        {
            foreach (var (id, expires) in accessTokens)
            {
                await revocationList.RevokeAsync(id, expires);
            }
        });
    }
}
