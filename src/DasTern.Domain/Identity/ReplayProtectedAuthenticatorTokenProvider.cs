using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// Identity's authenticator provider accepts codes from two steps either side and the same code
/// again; this one replaces it under the same name, so every check through UserManager is strict.
/// </summary>
public sealed class ReplayProtectedAuthenticatorTokenProvider(AuthenticatorCodes codes) : IUserTwoFactorTokenProvider<AppUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Authenticator codes are made by the user's app, never by the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user) =>
        await codes.VerifyAsync(user, await manager.GetAuthenticatorKeyAsync(user), token);
}
