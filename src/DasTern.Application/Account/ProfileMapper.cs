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
        MorningMealTime = user.MorningMealTime,
        NoonMealTime = user.NoonMealTime,
        EveningMealTime = user.EveningMealTime,
        NightMealTime = user.NightMealTime,
        DoseGracePeriodMinutes = user.DoseGracePeriodMinutes,
        Roles = roles.Order(StringComparer.Ordinal).ToList(),
        DoctorStatus = user.DoctorStatus,
        DoctorLicenseNumber = user.DoctorLicenseNumber,
        DoctorSpecialty = user.DoctorSpecialty,
        DoctorClinic = user.DoctorClinic,
    };
}
