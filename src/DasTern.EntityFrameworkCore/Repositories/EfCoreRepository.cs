using DasTern.Entities;
using DasTern.EntityFrameworkCore;
using DasTern.ExceptionHandling;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Repositories;

public abstract class EfCoreRepository<TEntity, TKey>(DasTernDbContext dbContext) : IRepository<TEntity, TKey>
    where TEntity : AggregateRoot<TKey>
    where TKey : notnull
{
    protected DasTernDbContext DbContext { get; } = dbContext;

    protected DbSet<TEntity> DbSet => DbContext.Set<TEntity>();

    public async Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default) =>
        await DbSet.FirstOrDefaultAsync(entity => entity.Id.Equals(id), cancellationToken);

    public async Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public async Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        await DbSet.AddAsync(entity, cancellationToken);

    public Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        DbSet.Remove(entity);
        return Task.CompletedTask;
    }
}
