using DasTern.Modularity;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// A new authenticator secret waits beside the active one until a code from it confirms it, so
/// setting up a new phone never switches two-factor sign-in off on the way.
/// </summary>
public sealed class AuthenticatorKeys(UserManager<AppUser> userManager, IUserStore<AppUser> store) : IScopedDependency
{
    private const string LoginProvider = "[DasTern]";
    private const string PendingKeyName = "PendingAuthenticatorKey";

    public async Task<string> CreatePendingAsync(AppUser user)
    {
        var key = userManager.GenerateNewAuthenticatorKey();
        IdentityResults.ThrowIfFailed(await userManager.SetAuthenticationTokenAsync(user, LoginProvider, PendingKeyName, key));
        return key;
    }

    public Task<string?> GetPendingAsync(AppUser user) => userManager.GetAuthenticationTokenAsync(user, LoginProvider, PendingKeyName);

    /// <summary>The pending secret becomes the active one; the caller has checked a code from it.</summary>
    public async Task ActivateAsync(AppUser user, string pendingKey)
    {
        await KeyStore.SetAuthenticatorKeyAsync(user, pendingKey, CancellationToken.None);
        IdentityResults.ThrowIfFailed(await userManager.RemoveAuthenticationTokenAsync(user, LoginProvider, PendingKeyName));
    }

    /// <summary>No secret is left, active or pending; recovery codes go too.</summary>
    public async Task RemoveAllAsync(AppUser user)
    {
        await KeyStore.SetAuthenticatorKeyAsync(user, string.Empty, CancellationToken.None);
        await ((IUserTwoFactorRecoveryCodeStore<AppUser>)store).ReplaceCodesAsync(user, [], CancellationToken.None);
        IdentityResults.ThrowIfFailed(await userManager.RemoveAuthenticationTokenAsync(user, LoginProvider, PendingKeyName));
    }

    private IUserAuthenticatorKeyStore<AppUser> KeyStore => (IUserAuthenticatorKeyStore<AppUser>)store;
}
