using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Authorization;

public sealed class PermissionGrantSeedConfiguration : IEntityTypeConfiguration<PermissionGrantSeed>
{
    public void Configure(EntityTypeBuilder<PermissionGrantSeed> builder)
    {
        builder.ToTable("PermissionGrantSeeds");
        builder.Property(seed => seed.Name).HasMaxLength(PermissionGrantConsts.MaxNameLength).IsRequired();
        builder.Property(seed => seed.ProviderName).HasMaxLength(PermissionGrantConsts.MaxProviderNameLength).IsRequired();
        builder.Property(seed => seed.ProviderKey).HasMaxLength(PermissionGrantConsts.MaxProviderKeyLength).IsRequired();
        builder.HasIndex(seed => new { seed.ProviderName, seed.ProviderKey, seed.Name }).IsUnique();
    }
}
