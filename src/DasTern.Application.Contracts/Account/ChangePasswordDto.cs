using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public sealed class ChangePasswordDto
{
    [Required]
    [StringLength(UserConsts.MaxPasswordLength)]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string NewPassword { get; set; } = string.Empty;
}
