using System.ComponentModel.DataAnnotations;

namespace DasTern.Medicines;

public sealed class CheckInteractionsInput
{
    [Required]
    [MinLength(2)]
    [MaxLength(MedicineConsts.MaxInteractionCheckMedicines)]
    public List<Guid> MedicineIds { get; set; } = [];
}
