using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Auditing;

public sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> builder)
    {
        builder.ToTable("EntityChanges");
        builder.Property(change => change.ChangeType).HasConversion<string>().HasMaxLength(16);
        builder.Property(change => change.EntityType).HasMaxLength(AuditLogConsts.MaxEntityTypeLength).IsRequired();
        builder.Property(change => change.EntityId).HasMaxLength(AuditLogConsts.MaxEntityIdLength).IsRequired();
        builder.Property(change => change.PropertyChanges).HasColumnType("jsonb").IsRequired();
        builder.Property(change => change.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);
        builder.HasIndex(change => new { change.EntityType, change.EntityId });
        builder.HasIndex(change => change.ChangeTime);
        builder.HasIndex(change => change.CorrelationId);
    }
}
