namespace DasTern.Auditing;

public enum SecurityLogAction
{
    LoginSucceeded,
    LoginFailed,
    LockedOut,
    TwoFactorRequired,
    Logout,
    PasswordChanged,
    PasswordReset,
}
