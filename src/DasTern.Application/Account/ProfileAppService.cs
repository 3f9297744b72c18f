using DasTern.ApplicationConfiguration;
using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Security;
using DasTern.Uow;
using DasTern.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace DasTern.Account;

public sealed class ProfileAppService(
    UserManager<AppUser> userManager,
    UserContactChecker contacts,
    ICurrentUser currentUser,
    ICurrentPrincipalAccessor principalAccessor,
    StepUpVerifier stepUp,
    AccessFailureCounter failures,
    UserSessionRevoker sessions,
    ISecurityLogRecorder securityLog,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider,
    ApplicationConfigurationCache configurationCache) : IProfileAppService
{
    public async Task<ProfileDto> GetAsync()
    {
        var user = await CurrentAsync();
        return user.ToProfileDto(await userManager.GetRolesAsync(user));
    }

    public async Task<ProfileDto> UpdateAsync(UpdateProfileDto input)
    {
        var user = await CurrentAsync();
        var phoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, user.Id);
        user.SetName(input.FirstName, input.LastName);
        user.PhoneNumber = phoneNumber;
        user.SetTimeZone(TimeZones.Validate(input.TimeZone));
        user.SetLanguage(input.Language);
        user.SetDosingPreferences(PatientDosingPreferences.Create(
            input.MorningMealTime, input.NoonMealTime, input.EveningMealTime, input.NightMealTime, input.DoseGracePeriodMinutes));
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        configurationCache.DropAfterCommit(user.Id);
        return user.ToProfileDto(await userManager.GetRolesAsync(user));
    }

    /// <summary>
    /// Needs the current password (a wrong one counts toward the lockout). Every other session ends;
    /// the one that made the change stays signed in.
    /// </summary>
    public async Task ChangePasswordAsync(ChangePasswordDto input)
    {
        var user = await CurrentAsync();
        if (user.StandingAt(timeProvider.GetUtcNow()) == AccountStanding.LockedOut)
        {
            throw new BusinessException(AccountErrorCodes.LockedOut, httpStatusCode: 403);
        }

        if (!await userManager.CheckPasswordAsync(user, input.CurrentPassword))
        {
            await stepUp.FailAsync(user, AccountErrorCodes.InvalidPassword);
        }

        await failures.ResetAsync(user);
        IdentityResults.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
        IdentityResults.ThrowIfFailed(await userManager.AddPasswordAsync(user, input.NewPassword), passwordMember: "newPassword");
        await sessions.RevokeOthersAsync(user.Id, principalAccessor.Principal.GetAuthorizationId());
        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(SecurityLogAction.PasswordChanged, user.Id, user.Email));
    }

    private async Task<AppUser> CurrentAsync()
    {
        var id = currentUser.Id ?? throw new AuthorizationFailedException();
        return await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }
}
