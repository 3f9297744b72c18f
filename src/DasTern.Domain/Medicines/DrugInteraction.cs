namespace DasTern.Medicines;

/// <summary>One interacting pair found among the medicines checked, with the rule that matched.</summary>
public sealed record DrugInteraction(Medicine First, Medicine Second, DrugInteractionRule Rule);
