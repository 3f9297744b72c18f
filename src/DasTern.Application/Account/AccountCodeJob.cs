using DasTern.BackgroundJobs;
using DasTern.Identity;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace DasTern.Account;

/// <summary>
/// Sends a requested confirmation or reset code when the address has an account that may receive
/// one. It runs after the request has answered, so neither the answer nor its timing tells whether
/// the address has an account.
/// </summary>
public sealed class AccountCodeJob(
    UserManager<AppUser> userManager,
    VerificationCodeSender sender,
    JobArgumentProtector protector,
    IUnitOfWorkManager unitOfWorkManager,
    ILogger<AccountCodeJob> logger)
{
    public async Task SendAsync(string protectedRequest)
    {
        if (protector.Unprotect<CodeRequest>(protectedRequest) is not { } request)
        {
            logger.LogError("A code request could not be read; it is dropped");
            return;
        }

        await using var unitOfWork = await unitOfWorkManager.BeginAsync(isTransactional: true);
        var user = await userManager.FindByEmailAsync(request.Email);
        var mayReceive = request.Purpose == VerificationCodePurpose.PasswordReset ? user is { IsActive: true } : user is { EmailConfirmed: false };
        if (mayReceive)
        {
            await sender.SendAsync(user!, request.Purpose);
        }

        await unitOfWork.CompleteAsync();
    }
}
