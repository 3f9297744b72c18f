using DasTern.ExceptionHandling;

namespace DasTern;

/// <summary>Guards for domain invariants. A broken guard is the caller's fault, so it answers 400, never 500.</summary>
public static class Check
{
    public static string NotNullOrWhiteSpace(string? value, string member, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationFailedException(member, $"The {member} field is required.");
        }

        return MaxLength(value.Trim(), member, maxLength)!;
    }

    public static string? MaxLength(string? value, string member, int maxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is not null && trimmed.Length > maxLength)
        {
            throw new ValidationFailedException(member, $"The field {member} must be at most {maxLength} characters long.");
        }

        return trimmed;
    }

    /// <summary>Trims, drops blanks and duplicates (case-insensitive), and enforces count and length limits.</summary>
    public static List<string> Items(IEnumerable<string>? values, string member, int maxCount, int maxLength)
    {
        var items = (values ?? [])
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .Select(value => MaxLength(value, member, maxLength)!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (items.Count > maxCount)
        {
            throw new ValidationFailedException(member, $"The field {member} may hold at most {maxCount} items.");
        }

        return items;
    }
}
