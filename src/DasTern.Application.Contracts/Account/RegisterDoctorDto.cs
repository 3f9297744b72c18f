using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

public sealed class RegisterDoctorDto : RegisterDto
{
    [Required]
    [StringLength(UserConsts.MaxLicenseNumberLength)]
    public string LicenseNumber { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxSpecialtyLength)]
    public string Specialty { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxClinicLength)]
    public string Clinic { get; set; } = string.Empty;
}
