using Microsoft.EntityFrameworkCore;
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
        builder.HasIndex(user => user.PhoneNumber);
    }
}
