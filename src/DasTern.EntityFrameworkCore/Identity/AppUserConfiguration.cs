using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Identity;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.ToTable("Users");
        builder.Property(user => user.FirstName).HasMaxLength(UserConsts.MaxFirstNameLength);
        builder.Property(user => user.LastName).HasMaxLength(UserConsts.MaxLastNameLength);
        builder.Property(user => user.TimeZone).HasMaxLength(UserConsts.MaxTimeZoneLength).IsRequired();
        builder.Property(user => user.Language).HasMaxLength(UserConsts.MaxLanguageLength).IsRequired();
        builder.Property(user => user.PhoneNumber).HasMaxLength(UserConsts.MaxPhoneNumberLength);
        builder.Property(user => user.DoctorStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(user => user.DoctorLicenseNumber).HasMaxLength(UserConsts.MaxLicenseNumberLength);
        builder.Property(user => user.DoctorSpecialty).HasMaxLength(UserConsts.MaxSpecialtyLength);
        builder.Property(user => user.DoctorClinic).HasMaxLength(UserConsts.MaxClinicLength);
        // Written only by the atomic update that claims a TOTP step: Identity saves a user by marking
        // every property modified, which would otherwise write a stale step back and re-open a used code.
        builder.Property(user => user.AuthenticatorTimeStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // Sign-in by phone number needs one account per number.
        builder.HasIndex(user => user.PhoneNumber).IsUnique().HasFilter("\"PhoneNumber\" IS NOT NULL");
        builder.HasIndex(user => user.DoctorStatus);
    }
}
