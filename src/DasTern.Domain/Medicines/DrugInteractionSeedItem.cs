namespace DasTern.Medicines;

/// <summary>One row of the embedded <c>SeedData/drug-interactions.json</c>.</summary>
public sealed record DrugInteractionSeedItem(
    string SubjectA,
    string SubjectB,
    InteractionSeverity Severity,
    string Mechanism,
    string Advice,
    string? Source);
