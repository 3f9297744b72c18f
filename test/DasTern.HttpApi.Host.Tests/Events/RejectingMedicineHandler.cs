using DasTern.EntityFrameworkCore;
using DasTern.Medicines;

namespace DasTern.Events;

/// <summary>An in-process handler that refuses medicines named <c>Rejected…</c>, after the change was made.</summary>
public sealed class RejectingMedicineHandler(DasTernDbContext dbContext) : ILocalEventHandler<MedicineCatalogueChanged>
{
    public const string RejectedPrefix = "Rejected";

    public async Task HandleEventAsync(MedicineCatalogueChanged eventData)
    {
        // Find, not a query: it sees the tracked medicine, added or changed but not saved yet.
        var medicine = await dbContext.Medicines.FindAsync(eventData.MedicineId);
        if (medicine!.GenericName.StartsWith(RejectedPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The handler refuses this medicine.");
        }
    }
}
