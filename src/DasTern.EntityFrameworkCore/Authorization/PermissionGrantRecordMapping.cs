using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Authorization;

/// <summary>Grants and seeding records share one table shape: lengths and a unique (provider, key, name).</summary>
public static class PermissionGrantRecordMapping
{
    public static void Configure<TRecord>(EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : PermissionGrantRecord
    {
        builder.ToTable(table);
        builder.Property(record => record.Name).HasMaxLength(PermissionGrantConsts.MaxNameLength).IsRequired();
        builder.Property(record => record.ProviderName).HasMaxLength(PermissionGrantConsts.MaxProviderNameLength).IsRequired();
        builder.Property(record => record.ProviderKey).HasMaxLength(PermissionGrantConsts.MaxProviderKeyLength).IsRequired();
        builder.HasIndex(record => new { record.ProviderName, record.ProviderKey, record.Name }).IsUnique();
    }
}
