using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Auditing;

public sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("AuditLogs");
        builder.Property(log => log.HttpMethod).HasMaxLength(AuditLogConsts.MaxHttpMethodLength).IsRequired();
        builder.Property(log => log.Url).HasMaxLength(AuditLogConsts.MaxUrlLength).IsRequired();
        builder.Property(log => log.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        builder.Property(log => log.ClientId).HasMaxLength(AuditLogConsts.MaxClientIdLength);
        builder.Property(log => log.IpAddress).HasMaxLength(AuditLogConsts.MaxIpAddressLength);
        builder.Property(log => log.UserAgent).HasMaxLength(AuditLogConsts.MaxUserAgentLength);
        builder.Property(log => log.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);
        builder.Property(log => log.ExceptionType).HasMaxLength(AuditLogConsts.MaxExceptionTypeLength);
        builder.HasIndex(log => log.ExecutionTime);
        builder.HasIndex(log => new { log.UserId, log.ExecutionTime });
        builder.HasIndex(log => log.CorrelationId);
    }
}
