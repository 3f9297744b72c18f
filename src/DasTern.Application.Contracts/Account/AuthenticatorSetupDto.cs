namespace DasTern.Account;

public sealed class AuthenticatorSetupDto
{
    /// <summary>Base32 secret, for typing into an authenticator app.</summary>
    public string SharedKey { get; set; } = string.Empty;

    /// <summary><c>otpauth://totp/...</c> URI the QR code encodes.</summary>
    public string AuthenticatorUri { get; set; } = string.Empty;

    /// <summary>PNG of the QR code, base64.</summary>
    public string QrCodePng { get; set; } = string.Empty;
}
