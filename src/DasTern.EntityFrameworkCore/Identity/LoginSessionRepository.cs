using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Identity;

public sealed class LoginSessionRepository(DasTernDbContext dbContext) : ILoginSessionRepository
{
    public Task<LoginSession?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        dbContext.LoginSessions.FirstOrDefaultAsync(session => session.Id == id, cancellationToken);

    public async Task InsertAsync(LoginSession session, CancellationToken cancellationToken = default) =>
        await dbContext.LoginSessions.AddAsync(session, cancellationToken);

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await dbContext.LoginSessions.Where(session => session.Id == id).ExecuteDeleteAsync(cancellationToken);

    public async Task DeleteByUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await dbContext.LoginSessions.Where(session => session.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        dbContext.LoginSessions.Where(session => session.ExpiresAt != null && session.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
