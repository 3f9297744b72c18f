namespace DasTern.Medicines;

public enum MedicineSortField
{
    GenericName,
    Category,
    DosageForm,
    CreationTime,
}
