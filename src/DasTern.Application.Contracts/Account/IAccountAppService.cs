using DasTern.Services;

namespace DasTern.Account;

/// <summary>Everything a person does before signing in: register, confirm the email address, reset a forgotten password.</summary>
[RemoteService(RootPath = "account", Name = "")]
public interface IAccountAppService : IApplicationService
{
    Task<ProfileDto> RegisterPatientAsync(RegisterDto input);

    Task<ProfileDto> RegisterCaregiverAsync(RegisterDto input);

    /// <summary>The account stays pending, without doctor permissions, until an admin verifies the licence.</summary>
    Task<ProfileDto> RegisterDoctorAsync(RegisterDoctorDto input);

    /// <summary>Sends a new confirmation code. Answers the same whether or not the address exists.</summary>
    Task SendEmailConfirmationCodeAsync(SendCodeDto input);

    Task ConfirmEmailAsync(ConfirmEmailDto input);

    /// <summary>Sends a six-digit reset code. Answers the same whether or not the address exists.</summary>
    Task SendPasswordResetCodeAsync(SendCodeDto input);

    /// <summary>Sets a new password with a valid code and signs the user out everywhere.</summary>
    Task ResetPasswordAsync(ResetPasswordDto input);
}
