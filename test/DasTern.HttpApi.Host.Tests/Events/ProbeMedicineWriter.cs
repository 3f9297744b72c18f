using DasTern.Medicines;

namespace DasTern.Events;

/// <summary>An in-process handler with a write of its own: a medicine named after the probe.</summary>
public sealed class ProbeMedicineWriter(MedicineManager manager, IMedicineRepository medicines) : ILocalEventHandler<ProbeEvent>
{
    public async Task HandleEventAsync(ProbeEvent eventData) =>
        await medicines.InsertAsync(await manager.CreateAsync(eventData.MedicineName, new MedicineDetails(null, [], "Other", DosageForm.Tablet, ["1 mg"], "mg", null, null, [], true)));
}
