using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Security;

public sealed class RevokedAccessTokenRepository(DasTernDbContext dbContext) : IRevokedAccessTokenRepository
{
    /// <remarks>A statement, not a tracked entity: it joins the open transaction, and a token revoked twice (logout, then the account locked) is no conflict.</remarks>
    public async Task AddAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        await dbContext.Database.ExecuteSqlAsync(
            $"""INSERT INTO "RevokedAccessTokens" ("TokenId", "ExpiresAt") VALUES ({tokenId}, {expiresAt.ToUniversalTime()}) ON CONFLICT ("TokenId") DO NOTHING""",
            cancellationToken);

    public Task<List<RevokedAccessToken>> GetUnexpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        dbContext.RevokedAccessTokens.AsNoTracking().Where(token => token.ExpiresAt > now).ToListAsync(cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        dbContext.RevokedAccessTokens.Where(token => token.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
