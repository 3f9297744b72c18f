namespace DasTern.Medicines;

/// <summary>One row of the embedded <c>SeedData/medicines.json</c>.</summary>
public sealed record MedicineSeedItem(
    string GenericName,
    string? KhmerName,
    List<string> BrandNames,
    string Category,
    DosageForm DosageForm,
    List<string> Strengths,
    string Unit,
    string? Manufacturer,
    string? Description,
    List<string> DrugClasses);
