using DasTern.Auditing;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.OpenIddict;

/// <summary>
/// Checks a login (email or phone), password and, when the account has it, the second factor,
/// exactly the same way for the password grant and the login page: lockout counting and the
/// security log included. Answers the user, or why not.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider)
{
    public const string TwoFactorRequired = "two_factor_required";

    public async Task<(AppUser? User, string? Error)> SignInAsync(string? login, string? password, string? secondFactor, string? clientId)
    {
        login = login?.Trim() ?? string.Empty;
        var user = login.Contains('@', StringComparison.Ordinal)
            ? await userManager.FindByEmailAsync(login)
            : AppUser.NormalizePhoneNumber(login) is { Length: > 0 } phoneNumber ? await users.FindByPhoneNumberAsync(phoneNumber) : null;
        if (user is null || !user.IsActive)
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user?.Id, login, clientId);
            return (null, "The user name or password is incorrect.");
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            await securityLog.RecordAsync(SecurityLogAction.LockedOut, user.Id, login, clientId);
            return (null, "The account is locked out. Try again later.");
        }

        if (!await userManager.CheckPasswordAsync(user, password ?? string.Empty))
        {
            await userManager.AccessFailedAsync(user);
            var lockedNow = await userManager.IsLockedOutAsync(user);
            await securityLog.RecordAsync(lockedNow ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, login, clientId);
            return (null, "The user name or password is incorrect.");
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(secondFactor))
            {
                await securityLog.RecordAsync(SecurityLogAction.TwoFactorRequired, user.Id, login, clientId);
                return (null, TwoFactorRequired + ": send the authenticator or a recovery code as 'otp'.");
            }

            if (!await TwoFactorCodes.IsValidAsync(userManager, user, secondFactor))
            {
                await userManager.AccessFailedAsync(user);
                await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user.Id, login, clientId);
                return (null, "The second-factor code is not valid.");
            }
        }

        await userManager.ResetAccessFailedCountAsync(user);
        user.LastLoginTime = timeProvider.GetUtcNow();
        await userManager.UpdateAsync(user);
        await securityLog.RecordAsync(SecurityLogAction.LoginSucceeded, user.Id, login, clientId);
        return (user, null);
    }
}
