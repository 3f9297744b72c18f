using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>A second factor is a current authenticator code, or a recovery code (used up when it works).</summary>
public static class TwoFactorCodes
{
    public static async Task<bool> IsValidAsync(UserManager<AppUser> userManager, AppUser user, string code)
    {
        var compact = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 6 && compact.All(char.IsAsciiDigit))
        {
            return await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, compact);
        }

        return (await userManager.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim())).Succeeded;
    }
}
