namespace DasTern.Bench;

public sealed record RawMedicine(
    Guid Id,
    string GenericName,
    string? KhmerName,
    string[] BrandNames,
    string Category,
    string DosageForm,
    string[] Strengths,
    string Unit,
    string? Manufacturer,
    string? Description,
    string[] DrugClasses,
    bool IsActive,
    DateTimeOffset CreationTime,
    DateTimeOffset? LastModificationTime,
    string ConcurrencyStamp);
