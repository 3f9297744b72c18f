using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Identity;

public sealed class UserVerificationCodeConfiguration : IEntityTypeConfiguration<UserVerificationCode>
{
    public void Configure(EntityTypeBuilder<UserVerificationCode> builder)
    {
        builder.ToTable("UserVerificationCodes");
        builder.Property(code => code.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(code => code.Salt).HasMaxLength(64).IsRequired();
        builder.Property(code => code.CodeHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(code => new { code.UserId, code.Purpose, code.CreationTime });
    }
}
