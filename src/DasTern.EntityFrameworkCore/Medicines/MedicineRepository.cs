using DasTern.EntityFrameworkCore;
using DasTern.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Medicines;

public sealed class MedicineRepository(DasTernDbContext dbContext) : EfCoreRepository<Medicine, Guid>(dbContext), IMedicineRepository
{
    public Task<Medicine?> FindByNormalizedNameAsync(string normalizedGenericName, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(medicine => medicine.NormalizedGenericName == normalizedGenericName, cancellationToken);

    public async Task<(long TotalCount, List<Medicine> Items)> GetPagedListAsync(MedicineListQuery query, CancellationToken cancellationToken = default)
    {
        var filtered = Filter(DbSet.AsNoTracking(), query);
        var totalCount = await filtered.LongCountAsync(cancellationToken);
        var items = await Sort(filtered, query)
            .Skip(query.SkipCount)
            .Take(query.MaxResultCount)
            .ToListAsync(cancellationToken);
        return (totalCount, items);
    }

    public Task<List<string>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().Select(medicine => medicine.Category).Distinct().OrderBy(category => category).ToListAsync(cancellationToken);

    public Task<List<Medicine>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().Where(medicine => ids.Contains(medicine.Id)).ToListAsync(cancellationToken);

    public async Task<HashSet<string>> GetAllNormalizedNamesIncludingDeletedAsync(CancellationToken cancellationToken = default) =>
        (await DbSet.IgnoreQueryFilters().Select(medicine => medicine.NormalizedGenericName).ToListAsync(cancellationToken)).ToHashSet();

    private static IQueryable<Medicine> Filter(IQueryable<Medicine> medicines, MedicineListQuery query)
    {
        if (query.Filter is not null)
        {
            // SearchText is lower-case; the GIN trigram index serves this LIKE.
            medicines = medicines.Where(medicine => medicine.SearchText.Contains(query.Filter));
        }

        if (query.Category is not null)
        {
            medicines = medicines.Where(medicine => medicine.Category == query.Category);
        }

        if (query.DosageForm is not null)
        {
            medicines = medicines.Where(medicine => medicine.DosageForm == query.DosageForm);
        }

        if (query.IsActive is not null)
        {
            medicines = medicines.Where(medicine => medicine.IsActive == query.IsActive);
        }

        return medicines;
    }

    private static IQueryable<Medicine> Sort(IQueryable<Medicine> medicines, MedicineListQuery query)
    {
        IOrderedQueryable<Medicine> ordered = (query.SortField, query.Descending) switch
        {
            (MedicineSortField.Category, false) => medicines.OrderBy(medicine => medicine.Category),
            (MedicineSortField.Category, true) => medicines.OrderByDescending(medicine => medicine.Category),
            (MedicineSortField.DosageForm, false) => medicines.OrderBy(medicine => medicine.DosageForm),
            (MedicineSortField.DosageForm, true) => medicines.OrderByDescending(medicine => medicine.DosageForm),
            (MedicineSortField.CreationTime, false) => medicines.OrderBy(medicine => medicine.CreationTime),
            (MedicineSortField.CreationTime, true) => medicines.OrderByDescending(medicine => medicine.CreationTime),
            (_, false) => medicines.OrderBy(medicine => medicine.GenericName),
            (_, true) => medicines.OrderByDescending(medicine => medicine.GenericName),
        };

        // A unique tie-breaker keeps pages stable.
        return ordered.ThenBy(medicine => medicine.Id);
    }
}
