using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public class RegisterDto
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

    /// <summary>Optional; signs in like the email address once set.</summary>
    [RegularExpression(UserConsts.PhoneNumberPattern)]
    public string? PhoneNumber { get; set; }

    /// <summary><c>en</c> or <c>km</c>.</summary>
    [RegularExpression(UserConsts.LanguagePattern)]
    public string Language { get; set; } = "en";

    [StringLength(UserConsts.MaxTimeZoneLength)]
    public string TimeZone { get; set; } = UserConsts.DefaultTimeZone;
}
