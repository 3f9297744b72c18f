using DasTern.Entities;

namespace DasTern.Medicines;

/// <summary>
/// Two subjects that interact. A subject is <c>class:&lt;code&gt;</c> (a drug class) or
/// <c>drug:&lt;generic name&gt;</c> (one drug); the order of the two does not matter.
/// </summary>
public sealed class DrugInteractionRule : AggregateRoot<Guid>
{
    public DrugInteractionRule(Guid id, string subjectA, string subjectB, InteractionSeverity severity, string mechanism, string advice, string? source)
        : base(id)
    {
        SubjectA = NormalizeSubject(subjectA, "subjectA");
        SubjectB = NormalizeSubject(subjectB, "subjectB");
        Severity = severity;
        Mechanism = Check.NotNullOrWhiteSpace(mechanism, "mechanism", DrugInteractionConsts.MaxMechanismLength);
        Advice = Check.NotNullOrWhiteSpace(advice, "advice", DrugInteractionConsts.MaxAdviceLength);
        Source = Check.MaxLength(source, "source", DrugInteractionConsts.MaxSourceLength);
    }

    private DrugInteractionRule()
        : base(Guid.Empty)
    {
    }

    public string SubjectA { get; private set; } = string.Empty;

    public string SubjectB { get; private set; } = string.Empty;

    public InteractionSeverity Severity { get; private set; }

    public string Mechanism { get; private set; } = string.Empty;

    public string Advice { get; private set; } = string.Empty;

    public string? Source { get; private set; }

    public bool Covers(Medicine first, Medicine second) =>
        (Matches(SubjectA, first) && Matches(SubjectB, second)) || (Matches(SubjectA, second) && Matches(SubjectB, first));

    public bool IsSamePair(string subjectA, string subjectB)
    {
        var a = subjectA.Trim().ToLowerInvariant();
        var b = subjectB.Trim().ToLowerInvariant();
        return (SubjectA == a && SubjectB == b) || (SubjectA == b && SubjectB == a);
    }

    private static bool Matches(string subject, Medicine medicine) =>
        subject.StartsWith(DrugInteractionConsts.ClassPrefix, StringComparison.Ordinal)
            ? medicine.DrugClasses.Contains(subject[DrugInteractionConsts.ClassPrefix.Length..])
            : medicine.NormalizedGenericName == Medicine.Normalize(subject[DrugInteractionConsts.DrugPrefix.Length..]);

    private static string NormalizeSubject(string subject, string member)
    {
        var value = Check.NotNullOrWhiteSpace(subject, member, DrugInteractionConsts.MaxSubjectLength).ToLowerInvariant();
        if (!value.StartsWith(DrugInteractionConsts.ClassPrefix, StringComparison.Ordinal)
            && !value.StartsWith(DrugInteractionConsts.DrugPrefix, StringComparison.Ordinal))
        {
            throw new ExceptionHandling.ValidationFailedException(member, $"The {member} must start with 'class:' or 'drug:'.");
        }

        return value;
    }
}
