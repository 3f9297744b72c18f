using DasTern.Repositories;

namespace DasTern.Medicines;

public interface IMedicineRepository : IRepository<Medicine, Guid>
{
    Task<Medicine?> FindByNormalizedNameAsync(string normalizedGenericName, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<Medicine> Items)> GetPagedListAsync(MedicineListQuery query, CancellationToken cancellationToken = default);

    Task<List<string>> GetCategoriesAsync(CancellationToken cancellationToken = default);

    Task<List<Medicine>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Normalized names of every medicine ever stored, deleted ones included (for idempotent seeding).</summary>
    Task<HashSet<string>> GetAllNormalizedNamesIncludingDeletedAsync(CancellationToken cancellationToken = default);
}
