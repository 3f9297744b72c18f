namespace DasTern.Account;

public sealed class RecoveryCodesDto
{
    /// <summary>Shown once; each signs in once when the authenticator is lost.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; set; } = [];
}
