namespace DasTern.Medicines;

public static class DrugInteractionConsts
{
    public const int MaxSubjectLength = 96;
    public const int MaxMechanismLength = 1000;
    public const int MaxAdviceLength = 1000;
    public const int MaxSourceLength = 256;

    /// <summary>Subject prefix naming a drug class (matched against a medicine's drug classes).</summary>
    public const string ClassPrefix = "class:";

    /// <summary>Subject prefix naming one drug by generic name.</summary>
    public const string DrugPrefix = "drug:";
}
