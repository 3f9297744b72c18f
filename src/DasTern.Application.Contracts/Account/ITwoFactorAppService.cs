using DasTern.Services;

namespace DasTern.Account;

/// <summary>TOTP authenticator for the signed-in user. Once enabled, the token endpoint also wants a code.</summary>
[RemoteService(RootPath = "account", Name = "two-factor")]
public interface ITwoFactorAppService : IApplicationService
{
    Task<TwoFactorStatusDto> GetAsync();

    /// <summary>A new secret (and its QR code) for an authenticator app; not active until confirmed with <see cref="EnableAsync"/>.</summary>
    Task<AuthenticatorSetupDto> CreateAuthenticatorAsync();

    /// <summary>Confirms the authenticator with a code from it; answers the one-time recovery codes.</summary>
    Task<RecoveryCodesDto> EnableAsync(TwoFactorCodeDto input);

    /// <summary>Needs a current authenticator code or a recovery code.</summary>
    Task DisableAsync(TwoFactorCodeDto input);
}
