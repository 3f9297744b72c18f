using DasTern.Auditing;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.OpenIddict;

/// <summary>
/// Checks a login (email or phone), password and, when the account has it, the second factor,
/// exactly the same way for the password grant and the login page: lockout counting and the
/// security log included. Answers the user, or why not. Until the password is known to be right,
/// every refusal reads the same and costs the same (one password hash), so nobody learns from it
/// whether an account exists, is locked or is deactivated.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    AccessFailureCounter failures,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider)
{
    public const string TwoFactorRequired = "two_factor_required";
    public const string EmailNotConfirmed = "email_not_confirmed";
    public const string AccountNotAllowed = "account_not_allowed";
    public const string InvalidCredentials = "The user name or password is incorrect.";

    private static string? _placeholderHash;

    public async Task<(AppUser? User, string? Error)> SignInAsync(string? login, string? password, string? secondFactor, string? clientId)
    {
        login = login?.Trim() ?? string.Empty;
        var user = login.Contains('@', StringComparison.Ordinal)
            ? await userManager.FindByEmailAsync(login)
            : AppUser.NormalizePhoneNumber(login) is { Length: > 0 } phoneNumber ? await users.FindByPhoneNumberAsync(phoneNumber) : null;
        var passwordIsRight = await CheckPasswordAsync(user, password ?? string.Empty);
        if (user is null)
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, null, login, clientId);
            return (null, InvalidCredentials);
        }

        var standing = user.StandingAt(timeProvider.GetUtcNow());
        if (standing == AccountStanding.LockedOut)
        {
            await securityLog.RecordAsync(SecurityLogAction.LockedOut, user.Id, login, clientId);
            return (null, InvalidCredentials);
        }

        if (!passwordIsRight)
        {
            var lockedNow = await failures.CountAsync(user);
            await securityLog.RecordAsync(lockedNow ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, login, clientId);
            return (null, InvalidCredentials);
        }

        if (standing != AccountStanding.Active)
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user.Id, login, clientId, standing.ToString());
            return (null, RefusalOf(standing));
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
                var lockedNow = await failures.CountAsync(user);
                await securityLog.RecordAsync(lockedNow ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, login, clientId, "second factor");
                return (null, "The second-factor code is not valid.");
            }
        }

        await failures.ResetAsync(user);
        user.RecordLogin(timeProvider.GetUtcNow());
        await userManager.UpdateAsync(user);
        await securityLog.RecordAsync(SecurityLogAction.LoginSucceeded, user.Id, login, clientId);
        return (user, null);
    }

    /// <summary>Told only to someone who knows the password.</summary>
    public static string RefusalOf(AccountStanding standing) => standing switch
    {
        AccountStanding.EmailNotConfirmed => EmailNotConfirmed + ": confirm your email address with the code we sent, then sign in.",
        _ => AccountNotAllowed + ": this account cannot sign in.",
    };

    /// <summary>An unknown login, or an account without a password, is checked against a placeholder hash: the same work either way.</summary>
    private async Task<bool> CheckPasswordAsync(AppUser? user, string password)
    {
        if (user?.PasswordHash is not null)
        {
            return await userManager.CheckPasswordAsync(user, password);
        }

        var placeholder = new AppUser("placeholder", null, timeProvider.GetUtcNow());
        _placeholderHash ??= userManager.PasswordHasher.HashPassword(placeholder, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        userManager.PasswordHasher.VerifyHashedPassword(placeholder, _placeholderHash, password);
        return false;
    }
}
