using DasTern.Entities;

namespace DasTern.Repositories;

/// <summary>
/// Loads and stores one aggregate type. Changes to loaded aggregates are saved when the unit of
/// work completes; there is no Update method to forget to call.
/// </summary>
public interface IRepository<TEntity, in TKey>
    where TEntity : AggregateRoot<TKey>
    where TKey : notnull
{
    Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="FindAsync"/> but throws the 404 <c>EntityNotFoundException</c>.</summary>
    Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default);

    Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default);
}
