using DasTern.Entities;
using DasTern.ExceptionHandling;

namespace DasTern.Medicines;

/// <summary>Keeps generic names unique among medicines that are not deleted; removes medicines from the catalogue.</summary>
public sealed class MedicineManager(IMedicineRepository repository)
{
    public async Task<Medicine> CreateAsync(string genericName, MedicineDetails details, CancellationToken cancellationToken = default)
    {
        await EnsureNameFreeAsync(genericName, exceptId: null, cancellationToken);
        var medicine = new Medicine(EntityId.New(), genericName, details.Category, details.DosageForm, details.Unit);
        medicine.SetDetails(details);
        return medicine;
    }

    public async Task RenameAsync(Medicine medicine, string genericName, CancellationToken cancellationToken = default)
    {
        if (Medicine.Normalize(genericName) == medicine.NormalizedGenericName)
        {
            medicine.SetGenericName(genericName);
            return;
        }

        await EnsureNameFreeAsync(genericName, medicine.Id, cancellationToken);
        medicine.SetGenericName(genericName);
    }

    public async Task DeleteAsync(Medicine medicine, CancellationToken cancellationToken = default)
    {
        medicine.MarkRemoved();
        await repository.DeleteAsync(medicine, cancellationToken);
    }

    private async Task EnsureNameFreeAsync(string genericName, Guid? exceptId, CancellationToken cancellationToken)
    {
        var name = Check.NotNullOrWhiteSpace(genericName, "genericName", MedicineConsts.MaxGenericNameLength);
        var existing = await repository.FindByNormalizedNameAsync(Medicine.Normalize(name), cancellationToken);
        if (existing is not null && existing.Id != exceptId)
        {
            throw new BusinessException(MedicineErrorCodes.DuplicateName, httpStatusCode: 409)
                .WithData("GenericName", name);
        }
    }
}
