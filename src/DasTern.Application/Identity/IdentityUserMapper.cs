using Riok.Mapperly.Abstractions;

namespace DasTern.Identity;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class IdentityUserMapper
{
    [MapProperty(nameof(@AppUser.DoctorProfile.LicenseNumber), nameof(IdentityUserDto.DoctorLicenseNumber))]
    [MapProperty(nameof(@AppUser.DoctorProfile.Specialty), nameof(IdentityUserDto.DoctorSpecialty))]
    [MapProperty(nameof(@AppUser.DoctorProfile.Clinic), nameof(IdentityUserDto.DoctorClinic))]
    public static partial IdentityUserDto ToIdentityUserDto(this AppUser user, IEnumerable<string> roles);

    /// <summary>Role names in a stable order, so clients can compare lists.</summary>
    private static IReadOnlyList<string> OrderRoles(IEnumerable<string> roles) => roles.Order(StringComparer.Ordinal).ToList();
}
