using DasTern.Auditing;
using DasTern.Security;
using DasTern.Uow;
using DasTern.Users;
using OpenIddict.Abstractions;

namespace DasTern.Account;

public sealed class SessionAppService(
    ICurrentPrincipalAccessor principalAccessor,
    ICurrentUser currentUser,
    IOpenIddictTokenManager tokens,
    IAccessTokenRevocationList revocationList,
    ISecurityLogRecorder securityLog,
    IUnitOfWorkManager unitOfWorkManager) : ISessionAppService
{
    public async Task LogoutAsync()
    {
        var principal = principalAccessor.Principal;
        if (principal.GetAuthorizationId() is { Length: > 0 } authorizationId)
        {
            await tokens.RevokeByAuthorizationIdAsync(authorizationId);
        }

        // In the unit of work: the access token is refused exactly when the refresh token's revocation commits.
        if (principal.GetTokenId() is { Length: > 0 } tokenId && principal.GetExpirationDate() is { } expires)
        {
            await revocationList.RevokeAsync(tokenId, expires);
        }

        unitOfWorkManager.Current?.OnCompleted(async () =>
        {
            await securityLog.RecordAsync(SecurityLogAction.Logout, currentUser.Id, currentUser.UserName);
        });
    }
}
