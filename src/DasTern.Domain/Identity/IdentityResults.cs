using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

public static class IdentityResults
{
    /// <summary>
    /// Turns Identity's error list into a 400 with one entry per Identity error code; a duplicate
    /// name or email (a request that raced past our own uniqueness check) or a stale record is a 409.
    /// Password-policy errors go under <paramref name="passwordMember"/>, the member that carried the
    /// new password (<c>newPassword</c> for a reset or a change).
    /// </summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordMember = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(error => error.Code is "DuplicateUserName" or "DuplicateEmail" or "DuplicateRoleName"))
        {
            throw new DuplicateRecordException();
        }

        if (result.Errors.Any(error => error.Code == "ConcurrencyFailure"))
        {
            throw new ConcurrencyConflictException();
        }

        var errors = result.Errors
            .GroupBy(error => MemberOf(error.Code, passwordMember))
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray());
        throw new ValidationFailedException(errors);
    }

    private static string MemberOf(string code, string passwordMember) =>
        code == "PasswordMismatch" ? "currentPassword"
        : code.StartsWith("Password", StringComparison.Ordinal) ? passwordMember
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Role", StringComparison.Ordinal) ? "roleName"
        : "identity";
}
