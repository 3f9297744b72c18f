namespace DasTern.Identity;

public enum VerificationCodePurpose
{
    EmailConfirmation,
    PasswordReset,
}
