using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Emailing;

public sealed class OutboxEmailRepository(DasTernDbContext dbContext) : IOutboxEmailRepository
{
    public async Task InsertAsync(OutboxEmail email, CancellationToken cancellationToken = default) =>
        await dbContext.OutboxEmails.AddAsync(email, cancellationToken);

    public async Task<OutboxEmail?> TryClaimAsync(Guid id, int attempt, DateTimeOffset now, DateTimeOffset claimedUntil, CancellationToken cancellationToken = default)
    {
        var claimed = await dbContext.OutboxEmails
            .Where(email => email.Id == id && email.Attempts == attempt && (email.ClaimedUntil == null || email.ClaimedUntil < now))
            .ExecuteUpdateAsync(setters => setters.SetProperty(email => email.ClaimedUntil, claimedUntil), cancellationToken);
        return claimed == 0 ? null : await dbContext.OutboxEmails.AsNoTracking().FirstOrDefaultAsync(email => email.Id == id, cancellationToken);
    }

    public Task RescheduleAsync(Guid id, int attempts, DateTimeOffset nextAttemptTime, CancellationToken cancellationToken = default) =>
        dbContext.OutboxEmails
            .Where(email => email.Id == id)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(email => email.Attempts, attempts)
                    .SetProperty(email => email.NextAttemptTime, nextAttemptTime)
                    .SetProperty(email => email.ClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.OutboxEmails.Where(email => email.Id == id).ExecuteDeleteAsync(cancellationToken);

    public async Task<List<(Guid Id, int Attempts)>> GetOverdueAsync(DateTimeOffset dueBefore, DateTimeOffset now, int maxCount, CancellationToken cancellationToken = default) =>
        (await dbContext.OutboxEmails.AsNoTracking()
            .Where(email => email.NextAttemptTime < dueBefore && (email.ClaimedUntil == null || email.ClaimedUntil < now))
            .OrderBy(email => email.NextAttemptTime)
            .Take(maxCount)
            .Select(email => new { email.Id, email.Attempts })
            .ToListAsync(cancellationToken))
        .ConvertAll(email => (email.Id, email.Attempts));
}
