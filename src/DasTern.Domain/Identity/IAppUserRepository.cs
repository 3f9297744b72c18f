namespace DasTern.Identity;

/// <summary>User look-ups that ASP.NET Core Identity's UserManager does not offer.</summary>
public interface IAppUserRepository
{
    Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<AppUser> Items)> GetPagedListAsync(UserListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Role names per user, for a page of users in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
