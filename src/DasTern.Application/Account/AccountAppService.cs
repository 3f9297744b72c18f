using DasTern.Auditing;
using DasTern.Emailing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Uow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Account;

[AllowAnonymous]
public sealed class AccountAppService(
    UserManager<AppUser> userManager,
    UserContactChecker contacts,
    IUserVerificationCodeRepository codes,
    IEmailQueue emails,
    UserSessionRevoker sessions,
    ISecurityLogRecorder securityLog,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IAccountAppService
{
    /// <summary>At most this many codes per purpose and user within <see cref="CodeWindow"/>; further requests are ignored silently.</summary>
    public const int MaxCodesPerWindow = 3;

    public static readonly TimeSpan CodeWindow = TimeSpan.FromMinutes(15);

    public Task<ProfileDto> RegisterPatientAsync(RegisterDto input) => RegisterAsync(input, RoleNames.Patient, _ => { });

    public Task<ProfileDto> RegisterCaregiverAsync(RegisterDto input) => RegisterAsync(input, RoleNames.Caregiver, _ => { });

    public Task<ProfileDto> RegisterDoctorAsync(RegisterDoctorDto input) =>
        RegisterAsync(input, role: null, user =>
        {
            user.DoctorStatus = DoctorVerificationStatus.Pending;
            user.DoctorLicenseNumber = input.LicenseNumber.Trim();
            user.DoctorSpecialty = input.Specialty.Trim();
            user.DoctorClinic = input.Clinic.Trim();
        });

    public async Task SendEmailConfirmationCodeAsync(SendCodeDto input)
    {
        var user = await userManager.FindByEmailAsync(input.Email);
        if (user is { EmailConfirmed: false })
        {
            await SendCodeAsync(user, VerificationCodePurpose.EmailConfirmation, EmailTemplate.EmailConfirmation);
        }
    }

    public async Task ConfirmEmailAsync(ConfirmEmailDto input)
    {
        var user = await UseCodeAsync(input.Email, input.Code, VerificationCodePurpose.EmailConfirmation);
        if (user.EmailConfirmed)
        {
            return;
        }

        user.EmailConfirmed = true;
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        await emails.EnqueueAsync(new QueuedEmail(user.Email!, EmailTemplate.Welcome, user.Language, new() { ["FirstName"] = user.FirstName ?? string.Empty }));
    }

    public async Task SendPasswordResetCodeAsync(SendCodeDto input)
    {
        var user = await userManager.FindByEmailAsync(input.Email);
        if (user is { IsActive: true })
        {
            await SendCodeAsync(user, VerificationCodePurpose.PasswordReset, EmailTemplate.PasswordReset);
        }
    }

    public async Task ResetPasswordAsync(ResetPasswordDto input)
    {
        var user = await UseCodeAsync(input.Email, input.Code, VerificationCodePurpose.PasswordReset);
        IdentityResults.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
        // Saved, with a new security stamp, by AddPasswordAsync: a reset also lifts a lockout.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        IdentityResults.ThrowIfFailed(await userManager.AddPasswordAsync(user, input.NewPassword), passwordMember: "newPassword");
        await sessions.RevokeAllAsync(user.Id);
        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(SecurityLogAction.PasswordReset, user.Id, user.Email));
    }

    private async Task<ProfileDto> RegisterAsync(RegisterDto input, string? role, Action<AppUser> complete)
    {
        var email = EmailAddresses.Canonicalize(input.Email);
        await contacts.EnsureEmailFreeAsync(email);
        var phoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, exceptUserId: null);

        var user = new AppUser(email, email)
        {
            FirstName = input.FirstName.Trim(),
            LastName = input.LastName.Trim(),
            PhoneNumber = phoneNumber,
            Language = input.Language,
            TimeZone = TimeZones.Validate(input.TimeZone),
            CreationTime = timeProvider.GetUtcNow(),
        };
        complete(user);
        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user, input.Password));
        if (role is not null)
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, role));
        }

        await SendCodeAsync(user, VerificationCodePurpose.EmailConfirmation, EmailTemplate.EmailConfirmation);
        return user.ToProfileDto(role is null ? [] : [role]);
    }

    private async Task SendCodeAsync(AppUser user, VerificationCodePurpose purpose, EmailTemplate template)
    {
        var now = timeProvider.GetUtcNow();
        if (await codes.CountSinceAsync(user.Id, purpose, now - CodeWindow) >= MaxCodesPerWindow)
        {
            return;
        }

        var (code, plainText) = UserVerificationCode.Create(user.Id, purpose, now);
        await codes.InsertAsync(code);
        await emails.EnqueueAsync(new QueuedEmail(user.Email!, template, user.Language, new()
        {
            ["FirstName"] = user.FirstName ?? string.Empty,
            ["Code"] = plainText,
        }));
    }

    /// <summary>The same refusal for an unknown address, a wrong, used or expired code: nothing tells them apart.</summary>
    private async Task<AppUser> UseCodeAsync(string email, string guess, VerificationCodePurpose purpose)
    {
        var now = timeProvider.GetUtcNow();
        var user = await userManager.FindByEmailAsync(email);
        var code = user is null ? null : await codes.FindLatestAsync(user.Id, purpose);
        if (user is null || code is null || !code.IsUsable(now)
            || !await codes.TryCountGuessAsync(code.Id, now)
            || !code.Matches(guess)
            || !await codes.TryMarkUsedAsync(code.Id, now))
        {
            throw new BusinessException(DasTernErrorCodes.AccountInvalidCode, httpStatusCode: 400);
        }

        return user;
    }
}
