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

        var tokenId = principal.GetTokenId();
        var expires = principal.GetExpirationDate();
        unitOfWorkManager.Current?.OnCompleted(async () =>
        {
            if (tokenId is { Length: > 0 } && expires is { } expiration)
            {
                await revocationList.RevokeAsync(tokenId, expiration);
            }

            await securityLog.RecordAsync(SecurityLogAction.Logout, currentUser.Id, currentUser.UserName);
        });
    }
}
