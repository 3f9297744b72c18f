using DasTern.Identity;

namespace DasTern.Account;

public static class ProfileMapper
{
    public static ProfileDto ToProfileDto(this AppUser user, IList<string> roles) => new()
    {
        Id = user.Id,
        Email = user.Email ?? string.Empty,
        EmailConfirmed = user.EmailConfirmed,
        FirstName = user.FirstName,
        LastName = user.LastName,
        PhoneNumber = user.PhoneNumber,
        TimeZone = user.TimeZone,
        Language = user.Language,
        MorningMealTime = user.DosingPreferences.MorningMealTime,
        NoonMealTime = user.DosingPreferences.NoonMealTime,
        EveningMealTime = user.DosingPreferences.EveningMealTime,
        NightMealTime = user.DosingPreferences.NightMealTime,
        DoseGracePeriodMinutes = user.DosingPreferences.DoseGracePeriodMinutes,
        Roles = roles.Order(StringComparer.Ordinal).ToList(),
        DoctorStatus = user.DoctorStatus,
        DoctorLicenseNumber = user.DoctorProfile?.LicenseNumber,
        DoctorSpecialty = user.DoctorProfile?.Specialty,
        DoctorClinic = user.DoctorProfile?.Clinic,
    };
}
