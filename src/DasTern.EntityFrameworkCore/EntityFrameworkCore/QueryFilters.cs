namespace DasTern.EntityFrameworkCore;

/// <summary>
/// Names of the model-wide query filters. Filters are named (EF Core 10), so a feature that adds a
/// filter of its own to an entity adds to this one instead of silently replacing it, and a query
/// can lift one by name and keep the others.
/// </summary>
public static class QueryFilters
{
    public const string SoftDelete = nameof(SoftDelete);
}
