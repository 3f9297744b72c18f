using DasTern.BackgroundJobs;
using DasTern.Emailing;
using DasTern.Identity;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace DasTern.Account;

/// <summary>
/// Creates the account a registration asked for, or emails the owner of the address instead when
/// it already has one. It runs after the request has answered, so the answer and its timing are the
/// same whether or not the address or the phone number was taken. A phone number another account
/// holds is left off the new account, and that account's owner is told.
/// </summary>
public sealed class RegistrationJob(
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    VerificationCodeSender codes,
    IEmailQueue emails,
    JobArgumentProtector protector,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider,
    ILogger<RegistrationJob> logger)
{
    public async Task RunAsync(string protectedRegistration)
    {
        if (protector.Unprotect<RegistrationRequest>(protectedRegistration) is not { } registration)
        {
            logger.LogError("A registration could not be read; it is dropped");
            return;
        }

        await using var unitOfWork = await unitOfWorkManager.BeginAsync(isTransactional: true);
        if (await userManager.FindByEmailAsync(registration.Email) is { } owner)
        {
            await emails.EnqueueAsync(new QueuedEmail(owner.Email!, EmailTemplate.AccountExists, owner.Language, new() { ["FirstName"] = owner.FirstName ?? string.Empty }));
        }
        else
        {
            await CreateAsync(registration);
        }

        await unitOfWork.CompleteAsync();
    }

    private async Task CreateAsync(RegistrationRequest registration)
    {
        var phoneNumber = registration.PhoneNumber;
        if (phoneNumber is not null && await users.FindByPhoneNumberAsync(phoneNumber) is { } holder)
        {
            await emails.EnqueueAsync(new QueuedEmail(holder.Email!, EmailTemplate.PhoneNumberInUse, holder.Language, new()
            {
                ["FirstName"] = holder.FirstName ?? string.Empty,
                ["PhoneNumber"] = phoneNumber,
            }));
            phoneNumber = null;
        }

        var user = new AppUser(registration.Email, registration.Email, timeProvider.GetUtcNow())
        {
            PasswordHash = registration.PasswordHash,
            PhoneNumber = phoneNumber,
        };
        user.SetName(registration.FirstName, registration.LastName);
        user.SetLanguage(registration.Language);
        user.SetTimeZone(registration.TimeZone);
        if (registration.Role is null)
        {
            user.ApplyAsDoctor(registration.DoctorLicenseNumber!, registration.DoctorSpecialty!, registration.DoctorClinic!);
        }

        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user));
        if (registration.Role is not null)
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, registration.Role));
        }

        await codes.SendAsync(user, VerificationCodePurpose.EmailConfirmation);
    }
}
