namespace DasTern.Identity;

public static class IdentityUserMapper
{
    public static IdentityUserDto ToIdentityUserDto(this AppUser user, IEnumerable<string> roles) => new()
    {
        Id = user.Id,
        Email = user.Email ?? string.Empty,
        EmailConfirmed = user.EmailConfirmed,
        FirstName = user.FirstName,
        LastName = user.LastName,
        PhoneNumber = user.PhoneNumber,
        IsActive = user.IsActive,
        LockoutEnd = user.LockoutEnd,
        LastLoginTime = user.LastLoginTime,
        CreationTime = user.CreationTime,
        Roles = roles.Order(StringComparer.Ordinal).ToList(),
        DoctorStatus = user.DoctorStatus,
        DoctorLicenseNumber = user.DoctorProfile?.LicenseNumber,
        DoctorSpecialty = user.DoctorProfile?.Specialty,
        DoctorClinic = user.DoctorProfile?.Clinic,
        ConcurrencyStamp = user.ConcurrencyStamp ?? string.Empty,
    };
}
