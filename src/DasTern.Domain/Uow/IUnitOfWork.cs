namespace DasTern.Uow;

/// <summary>The work of one application-service call: one transaction, committed once.</summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="action"/> after a successful commit (cache invalidation, job enqueueing); never after a rollback.</summary>
    void OnCompleted(Func<Task> action);

    /// <summary>
    /// Publishes the tracked aggregates' domain events, then flushes pending changes inside the
    /// still-open transaction (to read generated values). Completing does the same before the commit.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}
