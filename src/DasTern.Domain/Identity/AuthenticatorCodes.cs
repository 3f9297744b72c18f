using DasTern.Modularity;
using OtpNet;

namespace DasTern.Identity;

/// <summary>
/// Checks six-digit TOTP codes (RFC 6238: 30-second steps) allowing one step of clock drift either
/// way, and lets each step be used once per user (§5.2): the newest accepted step is kept on the
/// user and advanced by an atomic update, so a code seen over someone's shoulder, or replayed by
/// two concurrent requests, works once.
/// </summary>
public sealed class AuthenticatorCodes(IAppUserRepository users, TimeProvider timeProvider) : IScopedDependency
{
    private static readonly VerificationWindow OneStepOfDrift = new(previous: 1, future: 1);

    /// <summary>A code that signs in or proves the user: valid now and not used before.</summary>
    public async Task<bool> VerifyAsync(AppUser user, string? base32Key, string code) =>
        StepOf(base32Key, code) is { } step && await users.TryAdvanceAuthenticatorTimeStepAsync(user.Id, step);

    /// <summary>
    /// A code that confirms a newly set-up secret only the user has seen. It may share its step with
    /// the code that proved the user a moment earlier, so it is not refused as a replay; it is
    /// recorded all the same, so it cannot sign in afterwards.
    /// </summary>
    public async Task<bool> VerifyNewSecretAsync(AppUser user, string pendingBase32Key, string code)
    {
        if (StepOf(pendingBase32Key, code) is not { } step)
        {
            return false;
        }

        await users.TryAdvanceAuthenticatorTimeStepAsync(user.Id, step);
        return true;
    }

    private long? StepOf(string? base32Key, string code)
    {
        if (string.IsNullOrEmpty(base32Key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(timeProvider.GetUtcNow().UtcDateTime, code, out var step, OneStepOfDrift) ? step : null;
    }
}
