using DasTern.Identity;
using Riok.Mapperly.Abstractions;

namespace DasTern.Account;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProfileMapper
{
    [MapProperty(nameof(@AppUser.DosingPreferences.MorningMealTime), nameof(ProfileDto.MorningMealTime))]
    [MapProperty(nameof(@AppUser.DosingPreferences.NoonMealTime), nameof(ProfileDto.NoonMealTime))]
    [MapProperty(nameof(@AppUser.DosingPreferences.EveningMealTime), nameof(ProfileDto.EveningMealTime))]
    [MapProperty(nameof(@AppUser.DosingPreferences.NightMealTime), nameof(ProfileDto.NightMealTime))]
    [MapProperty(nameof(@AppUser.DosingPreferences.DoseGracePeriodMinutes), nameof(ProfileDto.DoseGracePeriodMinutes))]
    [MapProperty(nameof(@AppUser.DoctorProfile.LicenseNumber), nameof(ProfileDto.DoctorLicenseNumber))]
    [MapProperty(nameof(@AppUser.DoctorProfile.Specialty), nameof(ProfileDto.DoctorSpecialty))]
    [MapProperty(nameof(@AppUser.DoctorProfile.Clinic), nameof(ProfileDto.DoctorClinic))]
    public static partial ProfileDto ToProfileDto(this AppUser user, IEnumerable<string> roles);

    /// <summary>Role names in a stable order, so clients can compare lists.</summary>
    private static IReadOnlyList<string> OrderRoles(IEnumerable<string> roles) => roles.Order(StringComparer.Ordinal).ToList();
}
