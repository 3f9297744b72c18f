namespace DasTern.Account;

public sealed class TwoFactorStatusDto
{
    public bool IsEnabled { get; set; }

    public int RecoveryCodesLeft { get; set; }
}
