namespace DasTern.Medicines;

/// <summary>
/// A page of the catalogue. <see cref="Filter"/> (lower-case) matches generic, brand and Khmer
/// names; <see cref="Category"/> (lower-case) matches the category whatever its case.
/// </summary>
public sealed record MedicineListQuery(
    string? Filter,
    string? Category,
    DosageForm? DosageForm,
    bool? IsActive,
    MedicineSortField SortField,
    bool Descending,
    int SkipCount,
    int MaxResultCount);
