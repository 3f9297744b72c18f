using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Authorization;

public sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("PermissionGrants");
        builder.Property(grant => grant.Name).HasMaxLength(PermissionGrantConsts.MaxNameLength).IsRequired();
        builder.Property(grant => grant.ProviderName).HasMaxLength(PermissionGrantConsts.MaxProviderNameLength).IsRequired();
        builder.Property(grant => grant.ProviderKey).HasMaxLength(PermissionGrantConsts.MaxProviderKeyLength).IsRequired();
        builder.HasIndex(grant => new { grant.ProviderName, grant.ProviderKey, grant.Name }).IsUnique();
    }
}
