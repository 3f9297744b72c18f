using DasTern.Identity;

namespace DasTern.Account;

public sealed class ProfileDto
{
    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;

    public bool EmailConfirmed { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PhoneNumber { get; set; }

    public string TimeZone { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public TimeOnly MorningMealTime { get; set; }

    public TimeOnly NoonMealTime { get; set; }

    public TimeOnly EveningMealTime { get; set; }

    public TimeOnly NightMealTime { get; set; }

    public int DoseGracePeriodMinutes { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public DoctorVerificationStatus DoctorStatus { get; set; }

    public string? DoctorLicenseNumber { get; set; }

    public string? DoctorSpecialty { get; set; }

    public string? DoctorClinic { get; set; }
}
