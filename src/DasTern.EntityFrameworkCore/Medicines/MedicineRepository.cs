using DasTern.EntityFrameworkCore;
using DasTern.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Medicines;

public sealed class MedicineRepository(DasTernDbContext dbContext) : EfCoreRepository<Medicine, Guid>(dbContext), IMedicineRepository
{
    // The search the apps run most (text only, default order, all or only active medicines) skips EF's per-call query translation.
    private static readonly Func<DasTernDbContext, string, bool, int, int, IAsyncEnumerable<Medicine>> SearchByText =
        EF.CompileAsyncQuery((DasTernDbContext db, string filter, bool activeOnly, int skip, int take) => db.Medicines
            .AsNoTracking()
            .Where(medicine => medicine.SearchText.Contains(filter) && (!activeOnly || medicine.IsActive))
            .OrderBy(medicine => medicine.GenericName)
            .ThenBy(medicine => medicine.Id)
            .Skip(skip)
            .Take(take));

    private static readonly Func<DasTernDbContext, string, bool, Task<long>> CountByText =
        EF.CompileAsyncQuery((DasTernDbContext db, string filter, bool activeOnly) =>
            db.Medicines.LongCount(medicine => medicine.SearchText.Contains(filter) && (!activeOnly || medicine.IsActive)));

    public Task<Medicine?> FindByNormalizedNameAsync(string normalizedGenericName, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(medicine => medicine.NormalizedGenericName == normalizedGenericName, cancellationToken);

    public async Task<(long TotalCount, List<Medicine> Items)> GetPagedListAsync(MedicineListQuery query, CancellationToken cancellationToken = default)
    {
        var filtered = IsTextSearch(query) ? null : Filter(DbSet.AsNoTracking(), query);
        var items = filtered is null
            ? await ToListAsync(SearchByText(DbContext, query.Filter!, query.IsActive == true, query.SkipCount, query.MaxResultCount), cancellationToken)
            : await query.Sort.Apply(filtered).Skip(query.SkipCount).Take(query.MaxResultCount).ToListAsync(cancellationToken);

        if (PagedQueryExtensions.TotalFromPage(query.SkipCount, query.MaxResultCount, items.Count) is { } total)
        {
            return (total, items);
        }

        var totalCount = filtered is null
            ? await CountByText(DbContext, query.Filter!, query.IsActive == true)
            : await filtered.LongCountAsync(cancellationToken);
        return (totalCount, items);
    }

    public Task<List<string>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().Select(medicine => medicine.Category).Distinct().OrderBy(category => category).ToListAsync(cancellationToken);

    public Task<List<Medicine>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().Where(medicine => ids.Contains(medicine.Id)).ToListAsync(cancellationToken);

    public async Task<HashSet<string>> GetAllNormalizedNamesIncludingDeletedAsync(CancellationToken cancellationToken = default) =>
        (await DbSet.IgnoreQueryFilters([QueryFilters.SoftDelete]).Select(medicine => medicine.NormalizedGenericName).ToListAsync(cancellationToken)).ToHashSet();

    private static bool IsTextSearch(MedicineListQuery query) =>
        query is { Filter: not null, Category: null, DosageForm: null, IsActive: null or true, Sort: { Name: MedicineListQuery.ByGenericName, Descending: false } };

    private static async Task<List<Medicine>> ToListAsync(IAsyncEnumerable<Medicine> source, CancellationToken cancellationToken)
    {
        var list = new List<Medicine>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    // SearchText is lower-case; the GIN trigram index serves the LIKE of the text filter.
    private static IQueryable<Medicine> Filter(IQueryable<Medicine> medicines, MedicineListQuery query) =>
        medicines
            .WhereIf(query.Filter is not null, medicine => medicine.SearchText.Contains(query.Filter!))
            .WhereIf(query.Category is not null, medicine => medicine.Category.ToLower() == query.Category)
            .WhereIf(query.DosageForm is not null, medicine => medicine.DosageForm == query.DosageForm)
            .WhereIf(query.IsActive is not null, medicine => medicine.IsActive == query.IsActive);
}
