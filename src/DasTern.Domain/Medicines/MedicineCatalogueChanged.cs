namespace DasTern.Medicines;

/// <summary>A medicine was added to the catalogue, changed, or removed from it.</summary>
public sealed record MedicineCatalogueChanged(Guid MedicineId);
