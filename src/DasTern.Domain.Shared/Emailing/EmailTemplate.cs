namespace DasTern.Emailing;

/// <summary>Each template's subject and body are localization texts <c>Email:{Template}:Subject</c> and <c>Email:{Template}:Body</c>.</summary>
public enum EmailTemplate
{
    Welcome,
    EmailConfirmation,
    PasswordReset,
    DoctorVerified,
}
