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

    /// <summary>A wrong password or second factor where a sensitive change asked for one.</summary>
    StepUpFailed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesRenewed,

    /// <summary>A verified Google identity took over an account registered with its address but never confirmed.</summary>
    AccountTakenOver,

    /// <summary>The token endpoint refused a request on its own (client, grant, form); the error is in the detail.</summary>
    TokenRequestRejected,

    /// <summary>A used authorization code or refresh token was presented again: the theft signal. The session's tokens are revoked.</summary>
    TokenReplayed,

    /// <summary>A sign-in request refused by the rate limiter.</summary>
    SignInThrottled,
}
