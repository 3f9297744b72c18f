using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Events;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(message => message.Type).IsRequired().HasMaxLength(OutboxMessageConsts.MaxTypeLength);
        builder.Property(message => message.LastError).HasMaxLength(OutboxMessageConsts.MaxLastErrorLength);
        // The sweep reads pending messages by due time; delivered ones (null) stay out of the index.
        builder.HasIndex(message => message.NextAttemptTime).HasFilter("\"NextAttemptTime\" IS NOT NULL");
        builder.HasIndex(message => message.CreationTime);
        builder.HasMany<InboxRecord>().WithOne().HasForeignKey(record => record.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
