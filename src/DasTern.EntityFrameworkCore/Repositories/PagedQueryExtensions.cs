using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Repositories;

/// <summary>The filtering and paging every list query repeats.</summary>
public static class PagedQueryExtensions
{
    public static IQueryable<T> WhereIf<T>(this IQueryable<T> query, bool condition, Expression<Func<T, bool>> predicate) =>
        condition ? query.Where(predicate) : query;

    /// <summary>One page of an ordered query and the total, counted only when the page cannot tell it.</summary>
    public static async Task<(long TotalCount, List<T> Items)> ToPageAsync<T>(this IQueryable<T> ordered, int skipCount, int maxResultCount, CancellationToken cancellationToken)
    {
        var items = await ordered.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (TotalFromPage(skipCount, maxResultCount, items.Count) ?? await ordered.LongCountAsync(cancellationToken), items);
    }

    /// <summary>A short page that is not past the end already tells the total: most lists need one round trip.</summary>
    public static long? TotalFromPage(int skipCount, int maxResultCount, int itemCount) =>
        itemCount < maxResultCount && (itemCount > 0 || skipCount == 0) ? skipCount + itemCount : null;
}
