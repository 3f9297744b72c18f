using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Identity;

public sealed class UpdateIdentityUserDto : IHasConcurrencyStampDto
{
    [Required]
    [StringLength(UserConsts.MaxFirstNameLength)]
    public string FirstName { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxLastNameLength)]
    public string LastName { get; set; } = string.Empty;

    [RegularExpression(UserConsts.PhoneNumberPattern)]
    public string? PhoneNumber { get; set; }

    [Required]
    [StringLength(64)]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
