using DasTern.ExceptionHandling;

namespace DasTern.Sorting;

/// <summary>
/// Parses <c>"field"</c>, <c>"field asc"</c> or <c>"field desc"</c> against an allow-list, so a
/// sorting string can never become an expression (ABP's dynamic LINQ sorting was an injection surface).
/// </summary>
public static class SortingParser
{
    public static (TField Field, bool Descending) Parse<TField>(string? sorting, IReadOnlyDictionary<string, TField> allowed, TField defaultField)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return (defaultField, false);
        }

        var parts = sorting.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var validDirection = parts.Length == 1 || descending || (parts.Length == 2 && parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase));
        if (!validDirection || !allowed.TryGetValue(parts[0], out var field))
        {
            throw new BusinessException(CommonErrorCodes.SortingNotAllowed, httpStatusCode: 400)
                .WithData("Sorting", sorting)
                .WithData("Allowed", string.Join(", ", allowed.Keys));
        }

        return (field, descending);
    }
}
