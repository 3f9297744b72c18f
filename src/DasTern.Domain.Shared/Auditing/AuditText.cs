namespace DasTern.Auditing;

public static class AuditText
{
    /// <summary>Null for empty values, cut to the column's length otherwise: an audit write never fails on a long header.</summary>
    public static string? Limit(string? value, int maxLength) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= maxLength ? value : value[..maxLength];
}
