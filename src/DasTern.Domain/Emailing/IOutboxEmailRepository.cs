namespace DasTern.Emailing;

public interface IOutboxEmailRepository
{
    /// <summary>Adds the email to the current unit of work: it is saved, or not, with the rest.</summary>
    Task InsertAsync(OutboxEmail email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the email for one send of the given attempt, at once and atomically; null when it is
    /// gone (sent or failed for good), at another attempt, or claimed by a live worker.
    /// </summary>
    Task<OutboxEmail?> TryClaimAsync(Guid id, int attempt, DateTimeOffset now, DateTimeOffset claimedUntil, CancellationToken cancellationToken = default);

    /// <summary>Records a failed send and releases the claim until the next attempt.</summary>
    Task RescheduleAsync(Guid id, int attempts, DateTimeOffset nextAttemptTime, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Unclaimed emails whose attempt was due before <paramref name="dueBefore"/>: their job was lost.</summary>
    Task<List<(Guid Id, int Attempts)>> GetOverdueAsync(DateTimeOffset dueBefore, DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default);
}
