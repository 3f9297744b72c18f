namespace DasTern.Medicines;

/// <summary>Limits shared by DTO validation and the EF mapping.</summary>
public static class MedicineConsts
{
    public const int MaxGenericNameLength = 128;
    public const int MaxKhmerNameLength = 128;
    public const int MaxBrandNameLength = 64;
    public const int MaxBrandNames = 20;
    public const int MaxCategoryLength = 64;
    public const int MaxStrengthLength = 32;
    public const int MaxStrengths = 10;
    public const int MaxUnitLength = 16;
    public const int MaxManufacturerLength = 128;
    public const int MaxDescriptionLength = 1000;
    public const int MaxDrugClassLength = 64;
    public const int MaxDrugClasses = 10;
    public const int MaxFilterLength = 128;
    public const int MaxInteractionCheckMedicines = 50;
}
