using System.Security.Claims;
using DasTern.Account;
using DasTern.Auditing;
using DasTern.Identity;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;

namespace DasTern.OpenIddict;

/// <summary>
/// Finds the account a verified Google identity belongs to: by its Google login, else by the
/// verified email address (linking the login), else a new patient account.
/// </summary>
/// <remarks>
/// An account found by email whose address was never confirmed may have been registered by anyone
/// (account pre-hijacking): the verified owner takes it over cleanly. Its password, second factor,
/// phone number, other logins, doctor application, roles and every session are removed first, so
/// nothing the registrant set keeps working. A confirmed account is linked as it is.
/// </remarks>
public sealed class GoogleSignIn(
    GoogleIdTokenValidator validator,
    UserManager<AppUser> userManager,
    AuthenticatorKeys authenticatorKeys,
    UserSessionRevoker sessions,
    AccessFailureCounter failures,
    IUnitOfWorkManager unitOfWorkManager,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider)
{
    public const string LoginProvider = "Google";

    public async Task<(AppUser? User, string? Error)> SignInAsync(string? idToken, string? secondFactor, string? clientId)
    {
        var identity = string.IsNullOrEmpty(idToken) ? null : await validator.ValidateAsync(idToken);
        var subject = identity?.FindFirst("sub")?.Value;
        if (identity is null || string.IsNullOrEmpty(subject))
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, null, "google", clientId);
            return (null, "The Google ID token is not valid.");
        }

        var email = identity.FindFirst("email")?.Value;
        var emailVerified = string.Equals(identity.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);

        await using var unitOfWork = await unitOfWorkManager.BeginAsync(isTransactional: true);
        var takenOver = false;
        var user = await userManager.FindByLoginAsync(LoginProvider, subject);
        if (user is null && emailVerified && email is not null)
        {
            user = await userManager.FindByEmailAsync(email);
            if (user is { EmailConfirmed: false })
            {
                await TakeOverAsync(user, identity);
                takenOver = true;
            }
        }

        if (user is null)
        {
            if (!emailVerified || email is null)
            {
                return (null, "The Google account has no verified email address.");
            }

            user = await CreateAsync(identity, email);
        }

        var standing = user.StandingAt(timeProvider.GetUtcNow());
        if (standing != AccountStanding.Active)
        {
            await securityLog.RecordAsync(standing == AccountStanding.LockedOut ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, email, clientId, standing.ToString());
            return (null, PasswordSignIn.RefusalOf(standing));
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(secondFactor))
            {
                await securityLog.RecordAsync(SecurityLogAction.TwoFactorRequired, user.Id, email, clientId);
                return (null, PasswordSignIn.TwoFactorRequired + ": send the authenticator or a recovery code as 'otp'.");
            }

            if (!await TwoFactorCodes.IsValidAsync(userManager, user, secondFactor))
            {
                var lockedNow = await failures.CountAsync(user);
                await securityLog.RecordAsync(lockedNow ? SecurityLogAction.LockedOut : SecurityLogAction.LoginFailed, user.Id, email, clientId, "second factor");
                return (null, "The second-factor code is not valid.");
            }
        }

        if ((await userManager.GetLoginsAsync(user)).All(login => login.LoginProvider != LoginProvider))
        {
            IdentityResults.ThrowIfFailed(await userManager.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, LoginProvider)));
        }

        user.RecordLogin(timeProvider.GetUtcNow());
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        await unitOfWork.CompleteAsync();
        if (takenOver)
        {
            await securityLog.RecordAsync(SecurityLogAction.AccountTakenOver, user.Id, email, clientId);
        }

        await securityLog.RecordAsync(SecurityLogAction.LoginSucceeded, user.Id, email, clientId);
        return (user, null);
    }

    private async Task TakeOverAsync(AppUser user, ClaimsIdentity identity)
    {
        await sessions.RevokeAllAsync(user.Id);
        if (await userManager.HasPasswordAsync(user))
        {
            IdentityResults.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
        }

        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, false));
        await authenticatorKeys.RemoveAllAsync(user);
        foreach (var login in await userManager.GetLoginsAsync(user))
        {
            IdentityResults.ThrowIfFailed(await userManager.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
        }

        IdentityResults.ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, await userManager.GetRolesAsync(user)));
        IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Patient));
        user.EmailConfirmed = true;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.RemoveDoctorProfile();
        user.SetName(identity.FindFirst("given_name")?.Value, identity.FindFirst("family_name")?.Value);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        IdentityResults.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
    }

    private async Task<AppUser> CreateAsync(ClaimsIdentity identity, string email)
    {
        var user = new AppUser(email, email, timeProvider.GetUtcNow()) { EmailConfirmed = true };
        user.SetName(identity.FindFirst("given_name")?.Value, identity.FindFirst("family_name")?.Value);
        user.SetLanguage(identity.FindFirst("locale")?.Value?.StartsWith("km", StringComparison.OrdinalIgnoreCase) == true ? "km" : "en");
        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user));
        IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Patient));
        return user;
    }
}
