using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public sealed class EnableTwoFactorDto
{
    /// <summary>Six digits from the newly set-up authenticator.</summary>
    [Required]
    [RegularExpression("^[0-9]{6}$")]
    public string Code { get; set; } = string.Empty;

    /// <summary>
    /// The current password, while two-factor sign-in is off. When it is on (a new phone replaces the
    /// old one), the proof was the code given when the new secret was created.
    /// </summary>
    [StringLength(UserConsts.MaxPasswordLength)]
    public string? Password { get; set; }
}
