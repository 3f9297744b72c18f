namespace DasTern.Identity;

public interface ILoginSessionRepository
{
    Task<LoginSession?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task InsertAsync(LoginSession session, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Ends every browser session of the user (in the current transaction when there is one).</summary>
    Task DeleteByUserAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
