using DasTern.Localization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// Identity's own errors in the caller's language: each code's text is <c>Identity:{Code}</c> in
/// Identity/Localization/en.json and km.json. The codes stay Identity's, so clients and <see cref="IdentityResults"/> can rely on them.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(JsonStringLocalizer localizer) : IdentityErrorDescriber
{
    public static IdentityError Describe(JsonStringLocalizer localizer, string code, params object[] arguments) =>
        new() { Code = code, Description = localizer["Identity:" + code, arguments].Value };

    public override IdentityError DefaultError() => Describe(localizer, nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Describe(localizer, nameof(ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Describe(localizer, nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Describe(localizer, nameof(InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() => Describe(localizer, nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Describe(localizer, nameof(LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) => Describe(localizer, nameof(InvalidUserName));

    public override IdentityError InvalidEmail(string? email) => Describe(localizer, nameof(InvalidEmail));

    public override IdentityError DuplicateUserName(string userName) => Describe(localizer, nameof(DuplicateUserName));

    public override IdentityError DuplicateEmail(string email) => Describe(localizer, nameof(DuplicateEmail));

    public override IdentityError InvalidRoleName(string? role) => Describe(localizer, nameof(InvalidRoleName));

    public override IdentityError DuplicateRoleName(string role) => Describe(localizer, nameof(DuplicateRoleName));

    public override IdentityError UserAlreadyHasPassword() => Describe(localizer, nameof(UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Describe(localizer, nameof(UserLockoutNotEnabled));

    public override IdentityError UserAlreadyInRole(string role) => Describe(localizer, nameof(UserAlreadyInRole), role);

    public override IdentityError UserNotInRole(string role) => Describe(localizer, nameof(UserNotInRole), role);

    public override IdentityError PasswordTooShort(int length) => Describe(localizer, nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(localizer, nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(localizer, nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Describe(localizer, nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Describe(localizer, nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Describe(localizer, nameof(PasswordRequiresUpper));
}
