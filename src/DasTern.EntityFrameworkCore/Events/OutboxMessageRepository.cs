using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Events;

public sealed class OutboxMessageRepository(DasTernDbContext dbContext) : IOutboxMessageRepository
{
    public async Task InsertAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        await dbContext.OutboxMessages.AddAsync(message, cancellationToken);

    /// <remarks>SKIP LOCKED: a second instance delivering the same message moves on instead of waiting to deliver it again.</remarks>
    public async Task<OutboxMessage?> LockPendingAsync(Guid id, int attempt, CancellationToken cancellationToken = default) =>
        (await dbContext.OutboxMessages
            .FromSql($"""SELECT * FROM "OutboxMessages" WHERE "Id" = {id} AND "Attempts" = {attempt} AND "NextAttemptTime" IS NOT NULL FOR UPDATE SKIP LOCKED""")
            .AsNoTracking()
            .ToListAsync(cancellationToken))
        .SingleOrDefault();

    public Task<List<string>> GetHandledByAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.InboxRecords.AsNoTracking().Where(record => record.MessageId == id).Select(record => record.Handler).ToListAsync(cancellationToken);

    public async Task AddInboxRecordAsync(InboxRecord record, CancellationToken cancellationToken = default) =>
        await dbContext.InboxRecords.AddAsync(record, cancellationToken);

    public Task MarkProcessedAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        dbContext.OutboxMessages
            .Where(message => message.Id == id)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(message => message.ProcessedTime, now)
                    .SetProperty(message => message.NextAttemptTime, (DateTimeOffset?)null)
                    .SetProperty(message => message.Payload, (string?)null),
                cancellationToken);

    public async Task<bool> RecordFailureAsync(Guid id, int attempt, DateTimeOffset? nextAttemptTime, string error, CancellationToken cancellationToken = default)
    {
        var lastError = error.Length > OutboxMessageConsts.MaxLastErrorLength ? error[..OutboxMessageConsts.MaxLastErrorLength] : error;
        var updated = await dbContext.OutboxMessages
            .Where(message => message.Id == id && message.Attempts == attempt && message.NextAttemptTime != null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(message => message.Attempts, attempt + 1)
                    .SetProperty(message => message.NextAttemptTime, nextAttemptTime)
                    .SetProperty(message => message.LastError, lastError)
                    .SetProperty(message => message.Payload, message => nextAttemptTime == null ? null : message.Payload),
                cancellationToken);
        return updated > 0;
    }

    public async Task<List<(Guid Id, int Attempts)>> GetOverdueAsync(DateTimeOffset dueBefore, int maxCount, CancellationToken cancellationToken = default) =>
        (await dbContext.OutboxMessages.AsNoTracking()
            .Where(message => message.NextAttemptTime < dueBefore)
            .OrderBy(message => message.NextAttemptTime)
            .Take(maxCount)
            .Select(message => new { message.Id, message.Attempts })
            .ToListAsync(cancellationToken))
        .ConvertAll(message => (message.Id, message.Attempts));

    public Task<int> DeleteFinishedAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken = default) =>
        dbContext.OutboxMessages
            .Where(message => message.NextAttemptTime == null && message.CreationTime < createdBefore)
            .ExecuteDeleteAsync(cancellationToken);
}
