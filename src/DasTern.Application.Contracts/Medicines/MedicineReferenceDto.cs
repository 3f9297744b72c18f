namespace DasTern.Medicines;

public sealed class MedicineReferenceDto
{
    public Guid Id { get; set; }

    public string GenericName { get; set; } = string.Empty;
}
