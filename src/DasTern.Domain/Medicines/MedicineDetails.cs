namespace DasTern.Medicines;

/// <summary>Everything about a medicine except its generic name, which only <see cref="MedicineManager"/> may change.</summary>
public sealed record MedicineDetails(
    string? KhmerName,
    IReadOnlyList<string> BrandNames,
    string Category,
    DosageForm DosageForm,
    IReadOnlyList<string> Strengths,
    string Unit,
    string? Manufacturer,
    string? Description,
    IReadOnlyList<string> DrugClasses,
    bool IsActive);
