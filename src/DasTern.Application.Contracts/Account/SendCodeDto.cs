using System.ComponentModel.DataAnnotations;

namespace DasTern.Account;

public sealed class SendCodeDto
{
    [Required]
    [EmailAddress]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;
}
