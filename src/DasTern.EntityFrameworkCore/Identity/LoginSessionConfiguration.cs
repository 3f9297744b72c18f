using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Identity;

public sealed class LoginSessionConfiguration : IEntityTypeConfiguration<LoginSession>
{
    public void Configure(EntityTypeBuilder<LoginSession> builder)
    {
        builder.ToTable("LoginSessions");
        builder.Property(session => session.Id).HasMaxLength(64);
        builder.Property(session => session.Ticket).IsRequired();
        builder.HasIndex(session => session.UserId);
        builder.HasIndex(session => session.ExpiresAt);
    }
}
