using System.ComponentModel.DataAnnotations;

namespace DasTern.Identity;

public sealed class CreateIdentityUserDto
{
    [Required]
    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string Password { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxFirstNameLength)]
    public string FirstName { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxLastNameLength)]
    public string LastName { get; set; } = string.Empty;

    [RegularExpression(UserConsts.PhoneNumberPattern)]
    public string? PhoneNumber { get; set; }

    [MaxLength(10)]
    public List<string> Roles { get; set; } = [];
}
