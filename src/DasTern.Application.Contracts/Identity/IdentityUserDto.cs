using DasTern.Dtos;

namespace DasTern.Identity;

public sealed class IdentityUserDto : IHasConcurrencyStampDto
{
    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;

    public bool EmailConfirmed { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PhoneNumber { get; set; }

    public bool IsActive { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset? LastLoginTime { get; set; }

    public DateTimeOffset CreationTime { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public DoctorVerificationStatus DoctorStatus { get; set; }

    public string? DoctorLicenseNumber { get; set; }

    public string? DoctorSpecialty { get; set; }

    public string? DoctorClinic { get; set; }

    public string ConcurrencyStamp { get; set; } = string.Empty;
}
