using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Modularity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Account;

/// <summary>
/// Proof, before a sensitive change, that the holder of a token is the account's owner: a current
/// authenticator or recovery code when two-factor sign-in is on, the current password when it is
/// off. A bearer token alone is never enough. A wrong proof counts toward the lockout like a wrong
/// sign-in, and the failure that locks the account ends every session of it.
/// </summary>
public sealed class StepUpVerifier(
    UserManager<AppUser> userManager,
    AccessFailureCounter failures,
    UserSessionRevoker sessions,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider) : IScopedDependency
{
    public async Task RequireAsync(AppUser user, string? password, string? code)
    {
        if (user.StandingAt(timeProvider.GetUtcNow()) == AccountStanding.LockedOut)
        {
            throw new BusinessException(AccountErrorCodes.LockedOut, httpStatusCode: 403);
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new BusinessException(AccountErrorCodes.TwoFactorCodeRequired, httpStatusCode: 400);
            }

            if (!await TwoFactorCodes.IsValidAsync(userManager, user, code))
            {
                await FailAsync(user, AccountErrorCodes.InvalidTwoFactorCode);
            }
        }
        else
        {
            if (string.IsNullOrEmpty(password))
            {
                throw new BusinessException(AccountErrorCodes.PasswordRequired, httpStatusCode: 400);
            }

            if (!await userManager.CheckPasswordAsync(user, password))
            {
                await FailAsync(user, AccountErrorCodes.InvalidPassword);
            }
        }

        await failures.ResetAsync(user);
    }

    /// <summary>Counts the failure (it survives the request's rollback) and refuses the request.</summary>
    public async Task FailAsync(AppUser user, string errorCode)
    {
        var locked = await failures.CountAsync(user);
        await securityLog.RecordAsync(locked ? SecurityLogAction.LockedOut : SecurityLogAction.StepUpFailed, user.Id, user.Email);
        if (locked)
        {
            await sessions.RevokeAllNowAsync(user.Id);
        }

        throw new BusinessException(errorCode, httpStatusCode: 400);
    }
}
