using DasTern.Emailing;
using DasTern.Identity;
using DasTern.Modularity;

namespace DasTern.Account;

/// <summary>Emails a new six-digit code, at most <see cref="MaxCodesPerWindow"/> per purpose and user within <see cref="CodeWindow"/>.</summary>
public sealed class VerificationCodeSender(IUserVerificationCodeRepository codes, IEmailQueue emails, TimeProvider timeProvider) : IScopedDependency
{
    public const int MaxCodesPerWindow = 3;

    public static readonly TimeSpan CodeWindow = TimeSpan.FromMinutes(15);

    public async Task SendAsync(AppUser user, VerificationCodePurpose purpose)
    {
        var now = timeProvider.GetUtcNow();
        if (await codes.CountSinceAsync(user.Id, purpose, now - CodeWindow) >= MaxCodesPerWindow)
        {
            return;
        }

        var (code, plainText) = UserVerificationCode.Create(user.Id, purpose, now);
        await codes.InsertAsync(code);
        var template = purpose == VerificationCodePurpose.PasswordReset ? EmailTemplate.PasswordReset : EmailTemplate.EmailConfirmation;
        await emails.EnqueueAsync(new QueuedEmail(user.Email!, template, user.Language, new()
        {
            ["FirstName"] = user.FirstName ?? string.Empty,
            ["Code"] = plainText,
        }));
    }
}
