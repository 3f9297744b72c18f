using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Auditing;

public sealed class SecurityLogConfiguration : IEntityTypeConfiguration<SecurityLog>
{
    public void Configure(EntityTypeBuilder<SecurityLog> builder)
    {
        builder.ToTable("SecurityLogs");
        builder.Property(log => log.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(log => log.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        builder.Property(log => log.ClientId).HasMaxLength(AuditLogConsts.MaxClientIdLength);
        builder.Property(log => log.IpAddress).HasMaxLength(AuditLogConsts.MaxIpAddressLength);
        builder.Property(log => log.UserAgent).HasMaxLength(AuditLogConsts.MaxUserAgentLength);
        builder.Property(log => log.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);
        builder.Property(log => log.Detail).HasMaxLength(AuditLogConsts.MaxSecurityLogDetailLength);
        builder.HasIndex(log => new { log.UserId, log.Time });
        builder.HasIndex(log => log.Time);
    }
}
