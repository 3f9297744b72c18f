using System.Security.Claims;
using DasTern.Auditing;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.OpenIddict;

/// <summary>
/// Finds the account a verified Google identity belongs to: by its Google login, else by the
/// verified email address (linking the login), else a new patient account.
/// </summary>
public sealed class GoogleSignIn(
    GoogleIdTokenValidator validator,
    UserManager<AppUser> userManager,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider)
{
    public const string LoginProvider = "Google";

    public async Task<(AppUser? User, string? Error)> SignInAsync(string? idToken, string? clientId)
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
        var user = await userManager.FindByLoginAsync(LoginProvider, subject)
            ?? (emailVerified && email is not null ? await userManager.FindByEmailAsync(email) : null);
        if (user is null)
        {
            if (!emailVerified || email is null)
            {
                return (null, "The Google account has no verified email address.");
            }

            user = await CreateAsync(identity, email);
        }

        if (!user.IsActive || await userManager.IsLockedOutAsync(user))
        {
            await securityLog.RecordAsync(SecurityLogAction.LoginFailed, user.Id, email, clientId);
            return (null, "The account cannot sign in.");
        }

        if ((await userManager.GetLoginsAsync(user)).All(login => login.LoginProvider != LoginProvider))
        {
            IdentityResults.ThrowIfFailed(await userManager.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, LoginProvider)));
        }

        user.LastLoginTime = timeProvider.GetUtcNow();
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        await securityLog.RecordAsync(SecurityLogAction.LoginSucceeded, user.Id, email, clientId);
        return (user, null);
    }

    private async Task<AppUser> CreateAsync(ClaimsIdentity identity, string email)
    {
        var user = new AppUser(email, email)
        {
            EmailConfirmed = true,
            FirstName = identity.FindFirst("given_name")?.Value,
            LastName = identity.FindFirst("family_name")?.Value,
            Language = identity.FindFirst("locale")?.Value?.StartsWith("km", StringComparison.OrdinalIgnoreCase) == true ? "km" : "en",
            CreationTime = timeProvider.GetUtcNow(),
        };
        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user));
        IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Patient));
        return user;
    }
}
