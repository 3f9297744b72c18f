using System.Linq.Expressions;
using DasTern.ExceptionHandling;

namespace DasTern.Repositories;

/// <summary>
/// The sort orders one list allows: a client's name for each, mapped to the key it sorts by, and a
/// unique tie-breaker that keeps pages stable. A sorting string is only ever looked up here, never
/// turned into an expression (ABP's dynamic LINQ sorting was an injection surface).
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, (string Name, Func<IQueryable<T>, bool, IOrderedQueryable<T>> Apply)> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<IOrderedQueryable<T>, IOrderedQueryable<T>> _tieBreaker;
    private readonly string _defaultName;

    private SortMap(string defaultName, Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreaker)
    {
        _defaultName = defaultName;
        _tieBreaker = tieBreaker;
    }

    /// <summary>A map whose default order is <paramref name="defaultName"/>, ascending (add it with <see cref="Add{TKey}"/>).</summary>
    public static SortMap<T> WithTieBreaker<TKey>(string defaultName, Expression<Func<T, TKey>> tieBreaker) =>
        new(defaultName, ordered => ordered.ThenBy(tieBreaker));

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _keys.Add(name, (name, (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key)));
        return this;
    }

    /// <summary>Reads <c>"name"</c>, <c>"name asc"</c> or <c>"name desc"</c>; anything else is a 400 naming the allowed names.</summary>
    public SortOrder<T> Parse(string? sorting)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return Order(_defaultName, descending: false);
        }

        var parts = sorting.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var validDirection = parts.Length == 1 || descending || (parts.Length == 2 && parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase));
        if (!validDirection || !_keys.ContainsKey(parts[0]))
        {
            throw new BusinessException(CommonErrorCodes.SortingNotAllowed, httpStatusCode: 400)
                .WithData("Sorting", sorting)
                .WithData("Allowed", string.Join(", ", _keys.Keys));
        }

        return Order(parts[0], descending);
    }

    private SortOrder<T> Order(string name, bool descending)
    {
        var (known, apply) = _keys[name];
        return new SortOrder<T>(known, descending, query => _tieBreaker(apply(query, descending)));
    }
}
