namespace DasTern.Validation;

/// <summary>Member names as clients see them in JSON: camelCase, dotted paths kept.</summary>
public static class MemberNames
{
    public static string ToCamelCase(string name) =>
        // One segment is the common case on every validated call, and a camelCase one is returned as it is.
        name.Contains('.') ? string.Join('.', name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Segment)) : Segment(name);

    private static string Segment(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}
