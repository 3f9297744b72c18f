namespace DasTern.Security;

public interface IRevokedAccessTokenRepository
{
    /// <summary>
    /// Writes the revocation through the request's database context: inside its transaction when a
    /// unit of work has one open (it commits, or rolls back, with the change that caused it), at once
    /// otherwise. Revoking a token twice is harmless.
    /// </summary>
    Task AddAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    Task<List<RevokedAccessToken>> GetUnexpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
