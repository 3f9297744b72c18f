namespace DasTern.Events;

public interface IOutboxMessageRepository
{
    /// <summary>Adds the message to the current unit of work: it is saved, or not, with the rest.</summary>
    Task InsertAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks the pending message at the given attempt for the current transaction; null when it is
    /// delivered, given up, at another attempt, or locked by another delivery (which is not waited for).
    /// </summary>
    Task<OutboxMessage?> LockPendingAsync(Guid id, int attempt, CancellationToken cancellationToken = default);

    /// <summary>The handlers that have handled the message already.</summary>
    Task<List<string>> GetHandledByAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Records, in the current unit of work, that <paramref name="handler"/> has handled the message.</summary>
    Task AddInboxRecordAsync(InboxRecord record, CancellationToken cancellationToken = default);

    /// <summary>Marks the message delivered and erases its payload.</summary>
    Task MarkProcessedAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="attempt"/> failed: the next one is due at <paramref name="nextAttemptTime"/>,
    /// or never (null: the payload is erased). False when the message is no longer at that attempt.
    /// </summary>
    Task<bool> RecordFailureAsync(Guid id, int attempt, DateTimeOffset? nextAttemptTime, string error, CancellationToken cancellationToken = default);

    /// <summary>Pending messages whose attempt was due before <paramref name="dueBefore"/>: their job was lost.</summary>
    Task<List<(Guid Id, int Attempts)>> GetOverdueAsync(DateTimeOffset dueBefore, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Deletes messages delivered or given up that were written before <paramref name="createdBefore"/>, with their inbox records.</summary>
    Task<int> DeleteFinishedAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken = default);
}
