namespace DasTern.Validation;

/// <summary>Member names as clients see them in JSON: camelCase, dotted paths kept.</summary>
public static class MemberNames
{
    public static string ToCamelCase(string name)
    {
        var segments = name.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]);
        return string.Join('.', segments);
    }
}
