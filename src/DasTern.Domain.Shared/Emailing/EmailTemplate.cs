namespace DasTern.Emailing;

/// <summary>Each template's subject and body are localization texts <c>Email:{Template}:Subject</c> and <c>Email:{Template}:Body</c>.</summary>
public enum EmailTemplate
{
    Welcome,
    EmailConfirmation,
    PasswordReset,
    DoctorVerified,

    /// <summary>To an account's owner when someone registers again with its address.</summary>
    AccountExists,

    /// <summary>To an account's owner when someone registers a new account with its phone number (which is left off).</summary>
    PhoneNumberInUse,
}
