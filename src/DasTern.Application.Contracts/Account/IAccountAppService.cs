using DasTern.Services;

namespace DasTern.Account;

/// <summary>
/// Everything a person does before signing in: register, confirm the email address, reset a
/// forgotten password. Nothing here tells whether an address or phone number has an account: the
/// answers, and their timing, are the same either way, and the account-dependent work happens after
/// the answer (a code, a new account, or a note to the existing owner, by email).
/// </summary>
[RemoteService(RootPath = "account", Name = "")]
public interface IAccountAppService : IApplicationService
{
    /// <summary>Checks the input and the password policy, then answers 204; the account and its confirmation code follow by email.</summary>
    Task RegisterPatientAsync(RegisterDto input);

    Task RegisterCaregiverAsync(RegisterDto input);

    /// <summary>The account stays pending, without doctor permissions, until an admin verifies the licence.</summary>
    Task RegisterDoctorAsync(RegisterDoctorDto input);

    /// <summary>Sends a new confirmation code. Answers the same whether or not the address exists.</summary>
    Task SendEmailConfirmationCodeAsync(SendCodeDto input);

    Task ConfirmEmailAsync(ConfirmEmailDto input);

    /// <summary>Sends a six-digit reset code. Answers the same whether or not the address exists.</summary>
    Task SendPasswordResetCodeAsync(SendCodeDto input);

    /// <summary>Sets a new password with a valid code and signs the user out everywhere.</summary>
    Task ResetPasswordAsync(ResetPasswordDto input);
}
