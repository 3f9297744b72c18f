using DasTern.Localization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// The password policy of OWASP ASVS 5.0 §6.2, added to Identity's own length check (8 characters,
/// no composition rules): at most <see cref="UserConsts.MaxPasswordLength"/> characters, and a
/// zxcvbn score of at least <see cref="MinimumScore"/>, guessing with common passwords, dictionary
/// words, keyboard patterns and dates, plus the account's own details and the app's name. A long
/// passphrase passes; <c>Password1!</c> or the account's email address does not. Works on a user not
/// saved yet: it reads only the object it is given.
/// </summary>
public sealed class PasswordStrengthValidator(JsonStringLocalizer localizer) : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn's 0–4 scale; 3 means "safely unguessable" (about 10⁸ guesses and more).</summary>
    public const int MinimumScore = 3;

    public const string TooWeakCode = "PasswordTooWeak";
    public const string TooLongCode = "PasswordTooLong";

    private static readonly string[] AppWords = ["dastern", "das", "tern", "dastern app"];

    private static readonly char[] WordSeparators = ['.', '_', '-', '+', '@', ' '];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= string.Empty;
        if (password.Length > UserConsts.MaxPasswordLength)
        {
            return Task.FromResult(IdentityResult.Failed(LocalizedIdentityErrorDescriber.Describe(localizer, TooLongCode, UserConsts.MaxPasswordLength)));
        }

        // Too short is Identity's own error; a second one about strength would say nothing new.
        if (password.Length < manager.Options.Password.RequiredLength)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var score = Zxcvbn.Zxcvbn.MatchPassword(password, UserInputsOf(user)).Score;
        return Task.FromResult(score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(LocalizedIdentityErrorDescriber.Describe(localizer, TooWeakCode)));
    }

    /// <summary>What an attacker who knows the account tries first: its email and the words in it, names, phone number, the app's name.</summary>
    public static IReadOnlyCollection<string> UserInputsOf(AppUser user)
    {
        var inputs = new HashSet<string>(AppWords, StringComparer.Ordinal);
        foreach (var text in new[] { user.Email, user.UserName, user.FirstName, user.LastName })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            inputs.Add(text.Trim().ToLowerInvariant());
            foreach (var word in text.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                inputs.Add(word);
            }

            if (text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at)
            {
                inputs.Add(text[..at].ToLowerInvariant());
            }
        }

        if (!string.IsNullOrWhiteSpace(user.PhoneNumber))
        {
            var digits = new string(user.PhoneNumber.Where(char.IsAsciiDigit).ToArray());
            inputs.Add(digits);
            if (PhoneNumberNormalizer.NationalNumberOf(user.PhoneNumber) is { } national)
            {
                inputs.Add(national);
                inputs.Add("0" + national);
            }
        }

        return inputs;
    }
}
