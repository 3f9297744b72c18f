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
