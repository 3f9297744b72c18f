using Riok.Mapperly.Abstractions;

namespace DasTern.Medicines;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MedicineMapper
{
    public static partial MedicineDto ToDto(this Medicine medicine);

    public static DrugInteractionDto ToDto(this DrugInteraction interaction) => new()
    {
        First = new MedicineReferenceDto { Id = interaction.First.Id, GenericName = interaction.First.GenericName },
        Second = new MedicineReferenceDto { Id = interaction.Second.Id, GenericName = interaction.Second.GenericName },
        Severity = interaction.Rule.Severity,
        Mechanism = interaction.Rule.Mechanism,
        Advice = interaction.Rule.Advice,
        Source = interaction.Rule.Source,
    };

    public static MedicineDetails ToDetails(this CreateMedicineDto input) => new(
        input.KhmerName,
        input.BrandNames,
        input.Category,
        input.DosageForm ?? DosageForm.Other,
        input.Strengths,
        input.Unit,
        input.Manufacturer,
        input.Description,
        input.DrugClasses,
        input.IsActive);
}
