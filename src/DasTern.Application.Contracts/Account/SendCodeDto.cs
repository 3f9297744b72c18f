using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public sealed class SendCodeDto
{
    [Required]
    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string Email { get; set; } = string.Empty;
}
