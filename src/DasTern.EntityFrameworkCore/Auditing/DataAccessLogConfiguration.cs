using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Auditing;

public sealed class DataAccessLogConfiguration : IEntityTypeConfiguration<DataAccessLog>
{
    public void Configure(EntityTypeBuilder<DataAccessLog> builder)
    {
        builder.ToTable("DataAccessLogs");
        builder.Property(log => log.ResourceType).HasMaxLength(AuditLogConsts.MaxResourceTypeLength).IsRequired();
        builder.Property(log => log.ResourceId).HasMaxLength(AuditLogConsts.MaxResourceIdLength);
        builder.Property(log => log.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);
        builder.HasIndex(log => new { log.PatientId, log.AccessTime });
        builder.HasIndex(log => log.AccessTime);
    }
}
