using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Authorization;

public sealed class PermissionGrantSeedConfiguration : IEntityTypeConfiguration<PermissionGrantSeed>
{
    public void Configure(EntityTypeBuilder<PermissionGrantSeed> builder) => PermissionGrantRecordMapping.Configure(builder, "PermissionGrantSeeds");
}
