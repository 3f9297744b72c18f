using System.ComponentModel.DataAnnotations;

namespace DasTern.Medicines;

public class CreateMedicineDto
{
    [Required]
    [StringLength(MedicineConsts.MaxGenericNameLength)]
    public string GenericName { get; set; } = string.Empty;

    [StringLength(MedicineConsts.MaxKhmerNameLength)]
    public string? KhmerName { get; set; }

    [MaxLength(MedicineConsts.MaxBrandNames)]
    public List<string> BrandNames { get; set; } = [];

    [Required]
    [StringLength(MedicineConsts.MaxCategoryLength)]
    public string Category { get; set; } = string.Empty;

    [Required]
    [EnumDataType(typeof(DosageForm))]
    public DosageForm? DosageForm { get; set; }

    [MaxLength(MedicineConsts.MaxStrengths)]
    public List<string> Strengths { get; set; } = [];

    [Required]
    [StringLength(MedicineConsts.MaxUnitLength)]
    public string Unit { get; set; } = string.Empty;

    [StringLength(MedicineConsts.MaxManufacturerLength)]
    public string? Manufacturer { get; set; }

    [StringLength(MedicineConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    [MaxLength(MedicineConsts.MaxDrugClasses)]
    public List<string> DrugClasses { get; set; } = [];

    public bool IsActive { get; set; } = true;
}
