namespace DasTern.Identity;

/// <summary>User look-ups that ASP.NET Core Identity's UserManager does not offer.</summary>
public interface IAppUserRepository
{
    Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<AppUser> Items)> GetPagedListAsync(UserListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Role names per user, for a page of users in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether anyone but <paramref name="exceptUserId"/> holds <paramref name="roleName"/>, is active and is not locked out
    /// at <paramref name="now"/>. Inside a transaction it first takes a lock held until the commit, so two transactions that
    /// each take a different holder away run one after the other and the second sees the first one's change.
    /// </summary>
    Task<bool> AnyOtherActiveInRoleAsync(string roleName, Guid exceptUserId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
