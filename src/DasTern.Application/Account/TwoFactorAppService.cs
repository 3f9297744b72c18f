using System.Globalization;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Users;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace DasTern.Account;

public sealed class TwoFactorAppService(UserManager<AppUser> userManager, ICurrentUser currentUser) : ITwoFactorAppService
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

    public async Task<AuthenticatorSetupDto> CreateAuthenticatorAsync()
    {
        var user = await CurrentAsync();
        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, false));
        IdentityResults.ThrowIfFailed(await userManager.ResetAuthenticatorKeyAsync(user));
        var key = (await userManager.GetAuthenticatorKeyAsync(user))!;
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

    public async Task<RecoveryCodesDto> EnableAsync(TwoFactorCodeDto input)
    {
        var user = await CurrentAsync();
        if (string.IsNullOrEmpty(await userManager.GetAuthenticatorKeyAsync(user)))
        {
            throw new BusinessException(DasTernErrorCodes.AccountTwoFactorNotSetUp);
        }

        if (!await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, input.Code.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            throw new BusinessException(DasTernErrorCodes.AccountInvalidTwoFactorCode, httpStatusCode: 400);
        }

        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, true));
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return new RecoveryCodesDto { RecoveryCodes = codes?.ToList() ?? [] };
    }

    public async Task DisableAsync(TwoFactorCodeDto input)
    {
        var user = await CurrentAsync();
        if (!await TwoFactorCodes.IsValidAsync(userManager, user, input.Code))
        {
            throw new BusinessException(DasTernErrorCodes.AccountInvalidTwoFactorCode, httpStatusCode: 400);
        }

        IdentityResults.ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, false));
        IdentityResults.ThrowIfFailed(await userManager.ResetAuthenticatorKeyAsync(user));
    }

    private async Task<AppUser> CurrentAsync()
    {
        var id = currentUser.Id ?? throw new AuthorizationFailedException();
        return await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }
}
