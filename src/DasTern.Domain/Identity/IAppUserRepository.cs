namespace DasTern.Identity;

/// <summary>User look-ups that ASP.NET Core Identity's UserManager does not offer.</summary>
public interface IAppUserRepository
{
    Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<AppUser> Items)> GetPagedListAsync(UserListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Role names per user, for a page of users in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>Records an accepted TOTP step when it is newer than the last one; false for a replayed or older step.</summary>
    Task<bool> TryAdvanceAuthenticatorTimeStepAsync(Guid userId, long timeStep, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed sign-in or step-up at once, in a transaction of its own, locking the account
    /// for <paramref name="lockout"/> at the <paramref name="maxFailures"/>th; true when this one locked it.
    /// </summary>
    Task<bool> RecordAccessFailureAsync(Guid userId, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken = default);

    Task ResetAccessFailuresAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether anyone but <paramref name="exceptUserId"/> holds <paramref name="roleName"/>, is active and is not locked out
    /// at <paramref name="now"/>. Inside a transaction it first takes a lock held until the commit, so two transactions that
    /// each take a different holder away run one after the other and the second sees the first one's change.
    /// </summary>
    Task<bool> AnyOtherActiveInRoleAsync(string roleName, Guid exceptUserId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
