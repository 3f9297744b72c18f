using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public sealed class ResetPasswordDto
{
    [Required]
    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[0-9]{6}$")]
    public string Code { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string NewPassword { get; set; } = string.Empty;
}
