namespace DasTern.Medicines;

/// <summary>A page of the catalogue. <see cref="Filter"/> matches generic, brand and Khmer names.</summary>
public sealed record MedicineListQuery(
    string? Filter,
    string? Category,
    DosageForm? DosageForm,
    bool? IsActive,
    MedicineSortField SortField,
    bool Descending,
    int SkipCount,
    int MaxResultCount);
