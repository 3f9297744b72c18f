using DasTern.EntityFrameworkCore;
using DasTern.ExceptionHandling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DasTern.Uow;

/// <summary>One transaction over the request's DbContext: SaveChanges once, commit, then the after-commit actions.</summary>
public sealed class EfCoreUnitOfWork(DasTernDbContext dbContext, ILogger logger) : IUnitOfWork
{
    private readonly List<Func<Task>> _completedActions = [];
    private IDbContextTransaction? _transaction;

    public void OnCompleted(Func<Task> action) => _completedActions.Add(action);

    public async Task BeginAsync(bool isTransactional, CancellationToken cancellationToken)
    {
        if (isTransactional)
        {
            _transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(exception);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null || dbContext.ChangeTracker.HasChanges())
        {
            await SaveChangesAsync(cancellationToken);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        // The data is committed: a failing follow-up (say, Redis being down for a cache drop) is logged, not reported as a failed request.
        foreach (var action in _completedActions)
        {
            try
            {
                await action();
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "An after-commit action failed");
            }
        }
    }

    /// <summary>Rolls back and forgets tracked changes, so nothing of a failed call is saved later.</summary>
    public async Task AbortAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        dbContext.ChangeTracker.Clear();
    }
}
