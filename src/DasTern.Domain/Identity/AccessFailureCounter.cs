using DasTern.Modularity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DasTern.Identity;

/// <summary>
/// Counts wrong passwords and second factors toward the lockout with one atomic update in a
/// transaction of its own: a refused request cannot roll the count back, and concurrent guesses
/// cannot slip past it (Identity's read-modify-write loses counts to concurrency failures).
/// </summary>
public sealed class AccessFailureCounter(IAppUserRepository users, IOptions<IdentityOptions> identityOptions, TimeProvider timeProvider) : IScopedDependency
{
    /// <summary>Counts one failure; true when it locked the account.</summary>
    public async Task<bool> CountAsync(AppUser user)
    {
        if (!user.LockoutEnabled)
        {
            return false;
        }

        var lockout = identityOptions.Value.Lockout;
        return await users.RecordAccessFailureAsync(user.Id, timeProvider.GetUtcNow(), lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan);
    }

    /// <remarks>
    /// The loaded user is reset too: Identity saves a user by writing every property, and would
    /// otherwise put the old count back.
    /// </remarks>
    public async Task ResetAsync(AppUser user)
    {
        await users.ResetAccessFailuresAsync(user.Id);
        user.AccessFailedCount = 0;
    }
}
