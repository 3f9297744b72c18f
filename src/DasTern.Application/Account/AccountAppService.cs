using DasTern.Auditing;
using DasTern.BackgroundJobs;
using DasTern.Emailing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Uow;
using Hangfire;
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
    IBackgroundJobClient jobs,
    JobArgumentProtector protector,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IAccountAppService
{
    public Task RegisterPatientAsync(RegisterDto input) => AcceptAsync(input, RoleNames.Patient, doctor: null);

    public Task RegisterCaregiverAsync(RegisterDto input) => AcceptAsync(input, RoleNames.Caregiver, doctor: null);

    public Task RegisterDoctorAsync(RegisterDoctorDto input) => AcceptAsync(input, role: null, doctor: input);

    public Task SendEmailConfirmationCodeAsync(SendCodeDto input) => QueueCodeAsync(VerificationCodePurpose.EmailConfirmation, input.Email);

    public Task SendPasswordResetCodeAsync(SendCodeDto input) => QueueCodeAsync(VerificationCodePurpose.PasswordReset, input.Email);

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

    public async Task ResetPasswordAsync(ResetPasswordDto input)
    {
        var user = await UseCodeAsync(input.Email, input.Code, VerificationCodePurpose.PasswordReset);
        IdentityResults.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
        // Saved by AddPasswordAsync: a reset also lifts a lockout.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        IdentityResults.ThrowIfFailed(await userManager.AddPasswordAsync(user, input.NewPassword), passwordMember: "newPassword");
        await sessions.RevokeAllAsync(user.Id);
        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(SecurityLogAction.PasswordReset, user.Id, user.Email));
    }

    /// <summary>
    /// Everything that depends only on the input happens here (validation, the password policy, the
    /// hash); everything that depends on existing accounts happens in <see cref="RegistrationJob"/>.
    /// </summary>
    private async Task AcceptAsync(RegisterDto input, string? role, RegisterDoctorDto? doctor)
    {
        var email = EmailAddresses.Canonicalize(input.Email);
        var candidate = new AppUser(email, email, timeProvider.GetUtcNow())
        {
            PhoneNumber = contacts.NormalizePhoneNumber(input.PhoneNumber),
        };
        candidate.SetName(input.FirstName, input.LastName);
        candidate.SetTimeZone(TimeZones.Validate(input.TimeZone));
        if (doctor is not null)
        {
            // The profile's rules answer this request; the job that creates the account later cannot.
            candidate.ApplyAsDoctor(doctor.LicenseNumber, doctor.Specialty, doctor.Clinic);
        }

        await EnsurePasswordAllowedAsync(candidate, input.Password);

        var registration = new RegistrationRequest(
            email,
            userManager.PasswordHasher.HashPassword(candidate, input.Password),
            input.FirstName.Trim(),
            input.LastName.Trim(),
            candidate.PhoneNumber,
            input.Language,
            candidate.TimeZone,
            role,
            doctor?.LicenseNumber.Trim(),
            doctor?.Specialty.Trim(),
            doctor?.Clinic.Trim());
        jobs.Enqueue<RegistrationJob>(job => job.RunAsync(protector.Protect(registration)));
    }

    private async Task EnsurePasswordAllowedAsync(AppUser candidate, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in userManager.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(userManager, candidate, password)).Errors);
        }

        IdentityResults.ThrowIfFailed(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private Task QueueCodeAsync(VerificationCodePurpose purpose, string email)
    {
        jobs.Enqueue<AccountCodeJob>(job => job.SendAsync(protector.Protect(new CodeRequest(purpose, EmailAddresses.Canonicalize(email)))));
        return Task.CompletedTask;
    }

    /// <summary>
    /// The same refusal for an unknown address, a wrong, used or expired code, after the same
    /// queries: nothing tells them apart, not even the time the answer takes.
    /// </summary>
    private async Task<AppUser> UseCodeAsync(string email, string guess, VerificationCodePurpose purpose)
    {
        var now = timeProvider.GetUtcNow();
        var user = await userManager.FindByEmailAsync(email);
        var code = await codes.FindLatestAsync(user?.Id ?? Guid.Empty, purpose);
        var counted = await codes.TryCountGuessAsync(code?.Id ?? Guid.Empty, now);
        if (user is null || code is null || !code.IsUsable(now) || !counted
            || !code.Matches(guess)
            || !await codes.TryMarkUsedAsync(code.Id, now))
        {
            throw new BusinessException(AccountErrorCodes.InvalidCode, httpStatusCode: 400);
        }

        return user;
    }
}
