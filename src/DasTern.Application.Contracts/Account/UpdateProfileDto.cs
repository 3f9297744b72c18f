using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

/// <summary>A full replacement of the editable profile fields.</summary>
public sealed class UpdateProfileDto
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
    [StringLength(UserConsts.MaxTimeZoneLength)]
    public string TimeZone { get; set; } = UserConsts.DefaultTimeZone;

    [Required]
    [RegularExpression(UserConsts.LanguagePattern)]
    public string Language { get; set; } = "en";

    public TimeOnly MorningMealTime { get; set; } = new(7, 0);

    public TimeOnly NoonMealTime { get; set; } = new(12, 0);

    public TimeOnly EveningMealTime { get; set; } = new(18, 0);

    public TimeOnly NightMealTime { get; set; } = new(21, 0);

    [Range(0, UserConsts.MaxDoseGracePeriodMinutes)]
    public int DoseGracePeriodMinutes { get; set; } = UserConsts.DefaultDoseGracePeriodMinutes;
}
