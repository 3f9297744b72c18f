using DasTern.EntityFrameworkCore;
using DasTern.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Identity;

public sealed class AppUserRepository(DasTernDbContext dbContext, IDbContextFactory<DasTernDbContext> separateContexts) : IAppUserRepository
{
    public Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default) =>
        dbContext.Users.FirstOrDefaultAsync(user => user.PhoneNumber == normalizedPhoneNumber, cancellationToken);

    public async Task<(long TotalCount, List<AppUser> Items)> GetPagedListAsync(UserListQuery query, CancellationToken cancellationToken = default)
    {
        var users = dbContext.Users.AsNoTracking();
        if (query.Filter is { Length: > 0 } filter)
        {
            var pattern = "%" + filter.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            users = users.Where(user => EF.Functions.ILike(user.Email!, pattern) || EF.Functions.ILike(user.FirstName!, pattern)
                || EF.Functions.ILike(user.LastName!, pattern) || EF.Functions.ILike(user.PhoneNumber!, pattern));
        }

        if (query.Role is { Length: > 0 } role)
        {
            users = users.Where(user => dbContext.UserRoles.Any(link => link.UserId == user.Id
                && dbContext.Roles.Any(found => found.Id == link.RoleId && found.Name == role)));
        }

        users = users
            .WhereIf(query.IsActive is not null, user => user.IsActive == query.IsActive)
            .WhereIf(query.DoctorStatus == DoctorVerificationStatus.None, user => user.DoctorProfile == null)
            .WhereIf(query.DoctorStatus is not null and not DoctorVerificationStatus.None, user => user.DoctorProfile!.Status == query.DoctorStatus);

        return await query.Sort.Apply(users).ToPageAsync(query.SkipCount, query.MaxResultCount, cancellationToken);
    }

    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var links = await dbContext.UserRoles.AsNoTracking()
            .Where(link => userIds.Contains(link.UserId))
            .Join(dbContext.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return links.GroupBy(link => link.UserId).ToDictionary(group => group.Key, group => group.Select(link => link.Name!).Order(StringComparer.Ordinal).ToList());
    }

    public async Task<bool> TryAdvanceAuthenticatorTimeStepAsync(Guid userId, long timeStep, CancellationToken cancellationToken = default) =>
        await dbContext.Users
            .Where(user => user.Id == userId && (user.AuthenticatorTimeStep == null || user.AuthenticatorTimeStep < timeStep))
            .ExecuteUpdateAsync(setters => setters.SetProperty(user => user.AuthenticatorTimeStep, timeStep), cancellationToken) == 1;

    public async Task<bool> RecordAccessFailureAsync(Guid userId, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken = default)
    {
        await using var separate = await separateContexts.CreateDbContextAsync(cancellationToken);
        var lockedUntil = now + lockout;
        // One statement, so concurrent failures are counted one after the other on the locked row. As
        // Identity does, the failure that reaches the maximum sets the lockout end and starts the count again.
        await separate.Users
            .Where(user => user.Id == userId)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(user => user.LockoutEnd, user => user.AccessFailedCount + 1 >= maxFailures ? lockedUntil : user.LockoutEnd)
                    .SetProperty(user => user.AccessFailedCount, user => user.AccessFailedCount + 1 >= maxFailures ? 0 : user.AccessFailedCount + 1),
                cancellationToken);
        return await separate.Users.AnyAsync(user => user.Id == userId && user.LockoutEnd == lockedUntil, cancellationToken);
    }

    public async Task ResetAccessFailuresAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await dbContext.Users
            .Where(user => user.Id == userId && user.AccessFailedCount != 0)
            .ExecuteUpdateAsync(setters => setters.SetProperty(user => user.AccessFailedCount, 0), cancellationToken);

    public async Task<bool> AnyOtherActiveInRoleAsync(string roleName, Guid exceptUserId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (dbContext.Database.CurrentTransaction is not null)
        {
            var lockName = "role-holders:" + roleName;
            await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({lockName}))", cancellationToken);
        }

        return await dbContext.Users.AnyAsync(
            user => user.Id != exceptUserId
                && user.IsActive
                && !(user.LockoutEnabled && user.LockoutEnd != null && user.LockoutEnd > now)
                && dbContext.UserRoles.Any(link => link.UserId == user.Id && dbContext.Roles.Any(role => role.Id == link.RoleId && role.Name == roleName)),
            cancellationToken);
    }
}
