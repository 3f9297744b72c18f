using System.Globalization;
using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Security;
using DasTern.Uow;
using DasTern.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using QRCoder;

namespace DasTern.Account;

public sealed class TwoFactorAppService(
    UserManager<AppUser> userManager,
    AuthenticatorKeys keys,
    AuthenticatorCodes codes,
    StepUpVerifier stepUp,
    UserSessionRevoker sessions,
    ISecurityLogRecorder securityLog,
    IUnitOfWorkManager unitOfWorkManager,
    ICurrentUser currentUser,
    ICurrentPrincipalAccessor principalAccessor) : ITwoFactorAppService
{
    private const string Issuer = "DasTern";
    private const int RecoveryCodeCount = 10;

    public async Task<TwoFactorStatusDto> GetAsync()
    {
        var user = await CurrentAsync();
        return new TwoFactorStatusDto
        {
            IsEnabled = await userManager.GetTwoFactorEnabledAsync(user),
            RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user),
        };
    }

    public async Task<AuthenticatorSetupDto> CreateAuthenticatorAsync(TwoFactorProofDto input)
    {
        var user = await CurrentAsync();
        await stepUp.RequireAsync(user, input.Password, input.Code);
        var key = await keys.CreatePendingAsync(user);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new AuthenticatorSetupDto
        {
            SharedKey = key,
            AuthenticatorUri = uri,
            QrCodePng = Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5)),
        };
    }

    public async Task<RecoveryCodesDto> EnableAsync(EnableTwoFactorDto input)
    {
        var user = await CurrentAsync();
        if (!await userManager.GetTwoFactorEnabledAsync(user))
        {
            await stepUp.RequireAsync(user, input.Password, code: null);
        }

        var pending = await keys.GetPendingAsync(user);
        if (string.IsNullOrEmpty(pending))
        {
            throw new BusinessException(AccountErrorCodes.TwoFactorNotSetUp);
        }

        if (!await codes.VerifyNewSecretAsync(user, pending, input.Code))
        {
            await stepUp.FailAsync(user, AccountErrorCodes.InvalidTwoFactorCode);
        }

        await keys.ActivateAsync(user, pending);
        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, true));
        var recoveryCodes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await EndOtherSessionsAsync(user, SecurityLogAction.TwoFactorEnabled);
        return new RecoveryCodesDto { RecoveryCodes = recoveryCodes?.ToList() ?? [] };
    }

    public async Task DisableAsync(TwoFactorProofDto input)
    {
        var user = await CurrentEnabledAsync();
        await stepUp.RequireAsync(user, input.Password, input.Code);
        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, false));
        await keys.RemoveAllAsync(user);
        await EndOtherSessionsAsync(user, SecurityLogAction.TwoFactorDisabled);
    }

    public async Task<RecoveryCodesDto> CreateRecoveryCodesAsync(TwoFactorProofDto input)
    {
        var user = await CurrentEnabledAsync();
        await stepUp.RequireAsync(user, input.Password, input.Code);
        var recoveryCodes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        RecordOnCommit(user, SecurityLogAction.RecoveryCodesRenewed);
        return new RecoveryCodesDto { RecoveryCodes = recoveryCodes?.ToList() ?? [] };
    }

    /// <summary>A changed second factor ends every other session; the device that changed it stays signed in.</summary>
    private async Task EndOtherSessionsAsync(AppUser user, SecurityLogAction action)
    {
        await sessions.RevokeOthersAsync(user.Id, principalAccessor.Principal.GetAuthorizationId());
        RecordOnCommit(user, action);
    }

    private void RecordOnCommit(AppUser user, SecurityLogAction action) =>
        unitOfWorkManager.Current?.OnCompleted(() => securityLog.RecordAsync(action, user.Id, user.Email));

    private async Task<AppUser> CurrentEnabledAsync()
    {
        var user = await CurrentAsync();
        if (!await userManager.GetTwoFactorEnabledAsync(user))
        {
            throw new BusinessException(AccountErrorCodes.TwoFactorNotEnabled);
        }

        return user;
    }

    private async Task<AppUser> CurrentAsync()
    {
        var id = currentUser.Id ?? throw new AuthorizationFailedException();
        return await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }
}
