namespace DasTern.Medicines;

public class EmbeddedSeedData_Tests
{
    [Fact]
    public void Should_Ship_At_Least_150_Medicines_With_Unique_Names()
    {
        var medicines = EmbeddedSeedData.Medicines();

        medicines.Count.ShouldBeGreaterThanOrEqualTo(150);
        medicines.Select(m => Medicine.Normalize(m.GenericName)).Distinct().Count().ShouldBe(medicines.Count);
        medicines.ShouldAllBe(m => m.Strengths.Count > 0 && !string.IsNullOrWhiteSpace(m.Category) && !string.IsNullOrWhiteSpace(m.Unit));
    }

    [Fact]
    public void Should_Seed_The_Onc_High_Priority_Pairs_Onto_Catalogue_Classes()
    {
        var classes = EmbeddedSeedData.Medicines().SelectMany(m => m.DrugClasses).ToHashSet();
        var rules = EmbeddedSeedData.DrugInteractions();

        rules.Count.ShouldBeGreaterThanOrEqualTo(15);
        foreach (var subject in rules.SelectMany(rule => new[] { rule.SubjectA, rule.SubjectB }))
        {
            subject.ShouldStartWith(DrugInteractionConsts.ClassPrefix);
            classes.ShouldContain(subject[DrugInteractionConsts.ClassPrefix.Length..], $"no catalogue medicine carries {subject}");
        }
    }
}
