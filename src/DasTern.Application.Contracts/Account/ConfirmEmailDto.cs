using System.ComponentModel.DataAnnotations;

namespace DasTern.Account;

public sealed class ConfirmEmailDto
{
    [Required]
    [EmailAddress]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[0-9]{6}$")]
    public string Code { get; set; } = string.Empty;
}
