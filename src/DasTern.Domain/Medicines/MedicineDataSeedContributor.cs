using DasTern.Data;
using DasTern.Entities;

namespace DasTern.Medicines;

/// <summary>
/// Adds catalogue medicines and interaction rules that are not there yet. A medicine an admin
/// deleted is not brought back, because deleted names count as present.
/// </summary>
public sealed class MedicineDataSeedContributor(
    IMedicineRepository medicines,
    IDrugInteractionRuleRepository rules,
    MedicineManager manager) : IDataSeedContributor
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var present = await medicines.GetAllNormalizedNamesIncludingDeletedAsync(cancellationToken);
        foreach (var item in EmbeddedSeedData.Medicines().Where(item => !present.Contains(Medicine.Normalize(item.GenericName))))
        {
            var details = new MedicineDetails(
                item.KhmerName, item.BrandNames, item.Category, item.DosageForm, item.Strengths, item.Unit,
                item.Manufacturer, item.Description, item.DrugClasses, IsActive: true);
            await medicines.InsertAsync(await manager.CreateAsync(item.GenericName, details, cancellationToken), cancellationToken);
        }

        var existingRules = await rules.GetAllAsync(cancellationToken);
        foreach (var item in EmbeddedSeedData.DrugInteractions().Where(item => !existingRules.Any(rule => rule.IsSamePair(item.SubjectA, item.SubjectB))))
        {
            await rules.InsertAsync(
                new DrugInteractionRule(EntityId.New(), item.SubjectA, item.SubjectB, item.Severity, item.Mechanism, item.Advice, item.Source),
                cancellationToken);
        }
    }
}
