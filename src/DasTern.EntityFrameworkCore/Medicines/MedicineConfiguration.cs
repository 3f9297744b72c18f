using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Medicines;

public sealed class MedicineConfiguration : IEntityTypeConfiguration<Medicine>
{
    public void Configure(EntityTypeBuilder<Medicine> builder)
    {
        builder.ToTable("Medicines");
        builder.Property(medicine => medicine.GenericName).HasMaxLength(MedicineConsts.MaxGenericNameLength).IsRequired();
        builder.Property(medicine => medicine.NormalizedGenericName).HasMaxLength(MedicineConsts.MaxGenericNameLength).IsRequired();
        builder.Property(medicine => medicine.KhmerName).HasMaxLength(MedicineConsts.MaxKhmerNameLength);
        builder.Property(medicine => medicine.Category).HasMaxLength(MedicineConsts.MaxCategoryLength).IsRequired();
        builder.Property(medicine => medicine.DosageForm).HasConversion<string>().HasMaxLength(32);
        builder.Property(medicine => medicine.Unit).HasMaxLength(MedicineConsts.MaxUnitLength).IsRequired();
        builder.Property(medicine => medicine.Manufacturer).HasMaxLength(MedicineConsts.MaxManufacturerLength);
        builder.Property(medicine => medicine.Description).HasMaxLength(MedicineConsts.MaxDescriptionLength);
        builder.Property(medicine => medicine.SearchText).IsRequired();
        // The lists are the aggregate's own: EF reads and writes the private fields, callers see read-only views.
        builder.PrimitiveCollection(medicine => medicine.BrandNames).HasField("_brandNames").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(medicine => medicine.Strengths).HasField("_strengths").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(medicine => medicine.DrugClasses).HasField("_drugClasses").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();

        // Unique among live rows only, so a deleted medicine's name can be used again.
        builder.HasIndex(medicine => medicine.NormalizedGenericName).IsUnique().HasFilter("\"IsDeleted\" = false");
        builder.HasIndex(medicine => medicine.Category);
        builder.HasIndex(medicine => medicine.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
