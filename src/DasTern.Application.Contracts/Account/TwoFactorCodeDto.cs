using System.ComponentModel.DataAnnotations;

namespace DasTern.Account;

public sealed class TwoFactorCodeDto
{
    /// <summary>Six digits from the authenticator app, or a recovery code.</summary>
    [Required]
    [StringLength(32, MinimumLength = 6)]
    public string Code { get; set; } = string.Empty;
}
