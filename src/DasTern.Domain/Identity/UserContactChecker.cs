using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>One account per email address and per phone number (both are sign-in names): 409 otherwise.</summary>
public sealed class UserContactChecker(UserManager<AppUser> userManager, IAppUserRepository users)
{
    public async Task EnsureEmailFreeAsync(string email)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            throw new BusinessException(DasTernErrorCodes.AccountDuplicateEmail, httpStatusCode: 409).WithData("Email", email);
        }
    }

    /// <summary>The normalized number, when no other account than <paramref name="exceptUserId"/> has it.</summary>
    public async Task<string?> NormalizeFreePhoneNumberAsync(string? phoneNumber, Guid? exceptUserId)
    {
        var normalized = AppUser.NormalizePhoneNumber(phoneNumber);
        if (normalized is not null && await users.FindByPhoneNumberAsync(normalized) is { } owner && owner.Id != exceptUserId)
        {
            throw new BusinessException(DasTernErrorCodes.AccountDuplicatePhoneNumber, httpStatusCode: 409);
        }

        return normalized;
    }
}
