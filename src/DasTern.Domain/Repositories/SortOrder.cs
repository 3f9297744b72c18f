namespace DasTern.Repositories;

/// <summary>One allowed order of a list (from its <see cref="SortMap{T}"/>), ready to apply to a query.</summary>
public sealed class SortOrder<T>(string name, bool descending, Func<IQueryable<T>, IOrderedQueryable<T>> apply)
{
    /// <summary>The name as the map spells it, whatever case the client sent.</summary>
    public string Name { get; } = name;

    public bool Descending { get; } = descending;

    public IOrderedQueryable<T> Apply(IQueryable<T> query) => apply(query);

    /// <summary>Stable text, so a query carrying this order can be a cache key.</summary>
    public override string ToString() => Descending ? Name + " desc" : Name;
}
