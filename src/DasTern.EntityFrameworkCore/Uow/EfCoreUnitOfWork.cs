using DasTern.Entities;
using DasTern.EntityFrameworkCore;
using DasTern.Events;
using DasTern.ExceptionHandling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DasTern.Uow;

/// <summary>
/// One transaction over the request's DbContext: publish the aggregates' domain events, SaveChanges,
/// commit, then the after-commit actions.
/// </summary>
public sealed class EfCoreUnitOfWork(DasTernDbContext dbContext, IEventPublisher eventPublisher, ILogger logger) : IUnitOfWork
{
    /// <summary>Handlers may change aggregates that raise events in turn; a chain longer than this is a loop.</summary>
    private const int MaxEventRounds = 8;

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
        await PublishDomainEventsAsync();
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
        if (_transaction is not null || dbContext.ChangeTracker.HasChanges() || PendingEventSources().Any())
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

    /// <summary>
    /// Before the save, in the same transaction: a handler's writes are saved with the change, its
    /// failure fails the save, and the events its changes raise are published in the next round.
    /// </summary>
    private async Task PublishDomainEventsAsync()
    {
        for (var round = 0; ; round++)
        {
            var events = new List<object>();
            foreach (var source in PendingEventSources().ToList())
            {
                events.AddRange(source.DomainEvents);
                source.ClearDomainEvents();
            }

            if (events.Count == 0)
            {
                return;
            }

            if (round == MaxEventRounds)
            {
                throw new InvalidOperationException($"Domain event handlers kept raising events for {MaxEventRounds} rounds; the last were {string.Join(", ", events.Select(e => e.GetType().Name))}.");
            }

            foreach (var eventData in events)
            {
                await eventPublisher.PublishAsync(eventData);
            }
        }
    }

    private IEnumerable<IGeneratesDomainEvents> PendingEventSources() =>
        dbContext.ChangeTracker.Entries<IGeneratesDomainEvents>().Select(entry => entry.Entity).Where(source => source.DomainEvents.Count > 0);

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
