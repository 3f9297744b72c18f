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
        builder.Ignore(user => user.DoctorStatus);

        // A value in the user's own row; the columns keep the names they had before it was a type.
        builder.ComplexProperty(user => user.DosingPreferences, preferences =>
        {
            preferences.Property(value => value.MorningMealTime).HasColumnName(nameof(PatientDosingPreferences.MorningMealTime));
            preferences.Property(value => value.NoonMealTime).HasColumnName(nameof(PatientDosingPreferences.NoonMealTime));
            preferences.Property(value => value.EveningMealTime).HasColumnName(nameof(PatientDosingPreferences.EveningMealTime));
            preferences.Property(value => value.NightMealTime).HasColumnName(nameof(PatientDosingPreferences.NightMealTime));
            preferences.Property(value => value.DoseGracePeriodMinutes).HasColumnName(nameof(PatientDosingPreferences.DoseGracePeriodMinutes));
        });

        // A child of the user in a row of its own, which only doctor accounts have.
        builder.OwnsOne(user => user.DoctorProfile, profile =>
        {
            profile.ToTable("DoctorProfiles");
            profile.WithOwner().HasForeignKey("UserId");
            profile.Property(value => value.Status).HasConversion<string>().HasMaxLength(16);
            profile.Property(value => value.LicenseNumber).HasMaxLength(UserConsts.MaxLicenseNumberLength).IsRequired();
            profile.Property(value => value.Specialty).HasMaxLength(UserConsts.MaxSpecialtyLength).IsRequired();
            profile.Property(value => value.Clinic).HasMaxLength(UserConsts.MaxClinicLength).IsRequired();
            profile.HasIndex(value => value.Status);
        });
        // Written only by the atomic update that claims a TOTP step: Identity saves a user by marking
        // every property modified, which would otherwise write a stale step back and re-open a used code.
        builder.Property(user => user.AuthenticatorTimeStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // Sign-in by phone number needs one account per number.
        builder.HasIndex(user => user.PhoneNumber).IsUnique().HasFilter("\"PhoneNumber\" IS NOT NULL");
    }
}
