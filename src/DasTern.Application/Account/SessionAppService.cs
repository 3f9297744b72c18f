using DasTern.Auditing;
using DasTern.Identity;
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
    ILoginSessionRepository loginSessions,
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

        // A session that began at the login page ends there too, so the browser cannot quietly get new tokens.
        if (principal.FindFirst(DasTernClaimTypes.SessionId)?.Value is { Length: > 0 } sessionId)
        {
            await loginSessions.DeleteAsync(sessionId);
        }

        // In the unit of work: the access token is refused exactly when the refresh token's revocation commits.
        if (principal.GetTokenId() is { Length: > 0 } tokenId && principal.GetExpirationDate() is { } expires)
        {
            await revocationList.RevokeAsync(tokenId, expires);
        }

        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(SecurityLogAction.Logout, currentUser.Id, currentUser.UserName));
    }
}
