using DasTern.Account;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Modularity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>One account per email address and per phone number (both are sign-in names): 409 otherwise.</summary>
public sealed class UserContactChecker(UserManager<AppUser> userManager, IAppUserRepository users, JsonStringLocalizer localizer) : IScopedDependency
{
    public async Task EnsureEmailFreeAsync(string email)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            throw new BusinessException(AccountErrorCodes.DuplicateEmail, httpStatusCode: 409).WithData("Email", email);
        }
    }

    /// <summary>The number in E.164; a number that is not a valid phone number is a 400 on <c>phoneNumber</c>.</summary>
    public string? NormalizePhoneNumber(string? phoneNumber)
    {
        var normalized = AppUser.NormalizePhoneNumber(phoneNumber);
        if (normalized is null && !string.IsNullOrWhiteSpace(phoneNumber))
        {
            throw new ValidationFailedException("phoneNumber", localizer["Validation:PhoneNumberInvalid"].Value);
        }

        return normalized;
    }

    /// <summary>
    /// The number in E.164, when no other account than <paramref name="exceptUserId"/> has it; a
    /// number that is not a valid phone number is a 400 on <c>phoneNumber</c>.
    /// </summary>
    public async Task<string?> NormalizeFreePhoneNumberAsync(string? phoneNumber, Guid? exceptUserId)
    {
        var normalized = NormalizePhoneNumber(phoneNumber);
        if (normalized is not null && await users.FindByPhoneNumberAsync(normalized) is { } owner && owner.Id != exceptUserId)
        {
            throw new BusinessException(AccountErrorCodes.DuplicatePhoneNumber, httpStatusCode: 409);
        }

        return normalized;
    }
}
