using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Medicines;

/// <summary>A full replacement of the medicine; <see cref="ConcurrencyStamp"/> is the one last read.</summary>
public sealed class UpdateMedicineDto : CreateMedicineDto, IHasConcurrencyStampDto
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
