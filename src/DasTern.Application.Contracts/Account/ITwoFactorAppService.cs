using DasTern.Services;

namespace DasTern.Account;

/// <summary>
/// TOTP authenticator for the signed-in user. Once enabled, the token endpoint also wants a code.
/// Every change needs proof beyond the bearer token (<see cref="TwoFactorProofDto"/>).
/// </summary>
[RemoteService(RootPath = "account", Name = "two-factor")]
public interface ITwoFactorAppService : IApplicationService
{
    Task<TwoFactorStatusDto> GetAsync();

    /// <summary>
    /// A new secret (and its QR code) for an authenticator app. It waits beside the active one, which
    /// keeps working, until <see cref="EnableAsync"/> confirms it with a code from it.
    /// </summary>
    Task<AuthenticatorSetupDto> CreateAuthenticatorAsync(TwoFactorProofDto input);

    /// <summary>Makes the new secret the active one and turns two-factor sign-in on; answers new one-time recovery codes.</summary>
    Task<RecoveryCodesDto> EnableAsync(EnableTwoFactorDto input);

    Task DisableAsync(TwoFactorProofDto input);

    /// <summary>Ten new recovery codes; the old ones stop working.</summary>
    Task<RecoveryCodesDto> CreateRecoveryCodesAsync(TwoFactorProofDto input);
}
