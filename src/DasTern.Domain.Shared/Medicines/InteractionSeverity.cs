namespace DasTern.Medicines;

/// <summary>Ordered from least to most severe, so comparisons read naturally.</summary>
public enum InteractionSeverity
{
    Minor,
    Moderate,
    Major,
    Contraindicated,
}
