using DasTern.ExceptionHandling;

namespace DasTern.Medicines;

public class InteractionChecker_Tests
{
    private static DrugInteractionRule Rule(string a, string b, InteractionSeverity severity = InteractionSeverity.Major) =>
        new(Guid.CreateVersion7(), a, b, severity, "mechanism", "advice", "test");

    [Fact]
    public void Should_Find_A_Class_Pair_In_Either_Order()
    {
        var fluoxetine = MedicineTestData.Medicine("Fluoxetine", "ssri");
        var phenelzine = MedicineTestData.Medicine("Phenelzine", "maoi");
        var rules = new[] { Rule("class:ssri", "class:maoi", InteractionSeverity.Contraindicated) };

        var found = InteractionChecker.FindInteractions([phenelzine, fluoxetine], rules);

        found.Count.ShouldBe(1);
        found[0].Rule.Severity.ShouldBe(InteractionSeverity.Contraindicated);
        new[] { found[0].First.GenericName, found[0].Second.GenericName }.ShouldBe(["Phenelzine", "Fluoxetine"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Find_Nothing_For_Unrelated_Medicines()
    {
        var rules = new[] { Rule("class:ssri", "class:maoi") };

        InteractionChecker.FindInteractions([MedicineTestData.Medicine("Paracetamol"), MedicineTestData.Medicine("Amoxicillin")], rules)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Should_Match_A_Class_With_Itself_Only_Across_Two_Medicines()
    {
        var rules = new[] { Rule("class:qt-prolonging", "class:qt-prolonging") };
        var amiodarone = MedicineTestData.Medicine("Amiodarone", "qt-prolonging");

        InteractionChecker.FindInteractions([amiodarone], rules).ShouldBeEmpty();
        InteractionChecker.FindInteractions([amiodarone, MedicineTestData.Medicine("Haloperidol", "qt-prolonging")], rules).Count.ShouldBe(1);
    }

    [Fact]
    public void Should_Report_A_Pair_Once_With_Its_Most_Severe_Rule()
    {
        var simvastatin = MedicineTestData.Medicine("Simvastatin", "cyp3a4-statin");
        var ritonavir = MedicineTestData.Medicine("Ritonavir", "protease-inhibitor", "strong-cyp3a4-inhibitor");
        var rules = new[]
        {
            Rule("class:cyp3a4-statin", "class:strong-cyp3a4-inhibitor", InteractionSeverity.Major),
            Rule("class:cyp3a4-statin", "class:protease-inhibitor", InteractionSeverity.Contraindicated),
        };

        var found = InteractionChecker.FindInteractions([simvastatin, ritonavir], rules);

        found.Count.ShouldBe(1);
        found[0].Rule.Severity.ShouldBe(InteractionSeverity.Contraindicated);
    }

    [Fact]
    public void Should_Match_A_Single_Drug_Subject_By_Generic_Name()
    {
        var rules = new[] { Rule("drug:warfarin", "class:nsaid") };

        InteractionChecker.FindInteractions([MedicineTestData.Medicine("Warfarin"), MedicineTestData.Medicine("Ibuprofen", "nsaid")], rules)
            .Count.ShouldBe(1);
    }

    [Fact]
    public void Should_Order_Results_By_Severity()
    {
        var rules = new[]
        {
            Rule("class:a", "class:b", InteractionSeverity.Moderate),
            Rule("class:c", "class:d", InteractionSeverity.Contraindicated),
        };

        var found = InteractionChecker.FindInteractions(
            [MedicineTestData.Medicine("A", "a"), MedicineTestData.Medicine("B", "b"), MedicineTestData.Medicine("C", "c"), MedicineTestData.Medicine("D", "d")],
            rules);

        found.Select(interaction => interaction.Rule.Severity).ShouldBe([InteractionSeverity.Contraindicated, InteractionSeverity.Moderate]);
    }

    [Fact]
    public void Should_Reject_A_Subject_Without_A_Known_Prefix()
    {
        Should.Throw<ValidationFailedException>(() => Rule("ssri", "class:maoi"));
    }
}
