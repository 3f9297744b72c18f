namespace DasTern.Account;

/// <summary>Stable error codes of accounts and sessions, sent to clients in the problem-details <c>code</c> member.</summary>
public static class AccountErrorCodes
{
    public const string DuplicateEmail = "DasTern:Account:DuplicateEmail";
    public const string DuplicatePhoneNumber = "DasTern:Account:DuplicatePhoneNumber";
    public const string InvalidCode = "DasTern:Account:InvalidCode";
    public const string InvalidTwoFactorCode = "DasTern:Account:InvalidTwoFactorCode";
    public const string TwoFactorNotSetUp = "DasTern:Account:TwoFactorNotSetUp";
    public const string TwoFactorNotEnabled = "DasTern:Account:TwoFactorNotEnabled";
    public const string InvalidPassword = "DasTern:Account:InvalidPassword";
    public const string PasswordRequired = "DasTern:Account:PasswordRequired";
    public const string TwoFactorCodeRequired = "DasTern:Account:TwoFactorCodeRequired";
    public const string LockedOut = "DasTern:Account:LockedOut";
}
