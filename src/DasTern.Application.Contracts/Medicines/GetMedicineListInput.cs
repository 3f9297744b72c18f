using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Medicines;

/// <summary>Sorting fields: <c>genericName</c> (default), <c>category</c>, <c>dosageForm</c>, <c>creationTime</c>.</summary>
public sealed class GetMedicineListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of a generic, brand or Khmer name (case-insensitive).</summary>
    [StringLength(MedicineConsts.MaxFilterLength)]
    public string? Filter { get; set; }

    [StringLength(MedicineConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    public DosageForm? DosageForm { get; set; }

    /// <summary>Only active (true) or only inactive (false) medicines; both when omitted.</summary>
    public bool? IsActive { get; set; }
}
