using DasTern.Repositories;

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
    SortOrder<Medicine> Sort,
    int SkipCount,
    int MaxResultCount)
{
    public const string ByGenericName = "genericName";

    public static SortMap<Medicine> Sorting { get; } = SortMap<Medicine>.WithTieBreaker(ByGenericName, medicine => medicine.Id)
        .Add(ByGenericName, medicine => medicine.GenericName)
        .Add("category", medicine => medicine.Category)
        .Add("dosageForm", medicine => medicine.DosageForm)
        .Add("creationTime", medicine => medicine.CreationTime);
}
