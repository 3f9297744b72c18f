namespace DasTern.Medicines;

public sealed class DrugInteractionDto
{
    public MedicineReferenceDto First { get; set; } = new();

    public MedicineReferenceDto Second { get; set; } = new();

    public InteractionSeverity Severity { get; set; }

    public string Mechanism { get; set; } = string.Empty;

    public string Advice { get; set; } = string.Empty;

    public string? Source { get; set; }
}
