using DasTern.Dtos;

namespace DasTern.Medicines;

public sealed class MedicineDto : EntityDto<Guid>, IHasConcurrencyStampDto
{
    public string GenericName { get; set; } = string.Empty;

    public string? KhmerName { get; set; }

    public IReadOnlyList<string> BrandNames { get; set; } = [];

    public string Category { get; set; } = string.Empty;

    public DosageForm DosageForm { get; set; }

    public IReadOnlyList<string> Strengths { get; set; } = [];

    public string Unit { get; set; } = string.Empty;

    public string? Manufacturer { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<string> DrugClasses { get; set; } = [];

    public bool IsActive { get; set; }

    public DateTimeOffset CreationTime { get; set; }

    public DateTimeOffset? LastModificationTime { get; set; }

    public string ConcurrencyStamp { get; set; } = string.Empty;
}
