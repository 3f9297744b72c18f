using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Uow;
using DasTern.Users;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Account;

public sealed class ProfileAppService(
    UserManager<AppUser> userManager,
    UserContactChecker contacts,
    ICurrentUser currentUser,
    ISecurityLogRecorder securityLog,
    IUnitOfWorkManager unitOfWorkManager) : IProfileAppService
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
        user.FirstName = input.FirstName.Trim();
        user.LastName = input.LastName.Trim();
        user.PhoneNumber = phoneNumber;
        user.TimeZone = TimeZones.Validate(input.TimeZone);
        user.Language = input.Language;
        user.MorningMealTime = input.MorningMealTime;
        user.NoonMealTime = input.NoonMealTime;
        user.EveningMealTime = input.EveningMealTime;
        user.NightMealTime = input.NightMealTime;
        user.DoseGracePeriodMinutes = input.DoseGracePeriodMinutes;
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        return user.ToProfileDto(await userManager.GetRolesAsync(user));
    }

    /// <summary>Changing the password rotates the security stamp, which ends every other session at its next refresh.</summary>
    public async Task ChangePasswordAsync(ChangePasswordDto input)
    {
        var user = await CurrentAsync();
        IdentityResults.ThrowIfFailed(await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword), passwordMember: "newPassword");
        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(SecurityLogAction.PasswordChanged, user.Id, user.Email));
    }

    private async Task<AppUser> CurrentAsync()
    {
        var id = currentUser.Id ?? throw new AuthorizationFailedException();
        return await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }
}
