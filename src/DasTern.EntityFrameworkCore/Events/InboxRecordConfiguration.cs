using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Events;

public sealed class InboxRecordConfiguration : IEntityTypeConfiguration<InboxRecord>
{
    public void Configure(EntityTypeBuilder<InboxRecord> builder)
    {
        builder.ToTable("InboxRecords");
        builder.HasKey(record => new { record.MessageId, record.Handler });
        builder.Property(record => record.Handler).HasMaxLength(OutboxMessageConsts.MaxHandlerLength);
    }
}
