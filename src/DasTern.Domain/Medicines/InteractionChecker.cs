namespace DasTern.Medicines;

/// <summary>
/// Finds every pair among the given medicines that a rule covers, most severe first. Class rules
/// overlap (a protease inhibitor is also a strong CYP3A4 inhibitor), so each pair is reported once,
/// with its most severe rule.
/// </summary>
public static class InteractionChecker
{
    public static IReadOnlyList<DrugInteraction> FindInteractions(IReadOnlyList<Medicine> medicines, IReadOnlyList<DrugInteractionRule> rules)
    {
        var distinct = medicines.DistinctBy(medicine => medicine.Id).ToList();
        var found = new List<DrugInteraction>();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                var rule = rules
                    .Where(candidate => candidate.Covers(distinct[i], distinct[j]))
                    .MaxBy(candidate => candidate.Severity);
                if (rule is not null)
                {
                    found.Add(new DrugInteraction(distinct[i], distinct[j], rule));
                }
            }
        }

        return found
            .OrderByDescending(interaction => interaction.Rule.Severity)
            .ThenBy(interaction => interaction.First.GenericName, StringComparer.Ordinal)
            .ThenBy(interaction => interaction.Second.GenericName, StringComparer.Ordinal)
            .ToList();
    }
}
