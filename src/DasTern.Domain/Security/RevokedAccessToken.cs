using DasTern.Auditing;
using DasTern.Entities;

namespace DasTern.Security;

/// <summary>
/// An access token refused before its expiry (logout, RFC 7009 revocation, a user's sessions ended).
/// The table is the revocation list's source of truth; every instance mirrors it in memory. A row is
/// pruned once the token would have expired anyway. Bookkeeping, not a change worth auditing.
/// </summary>
[AuditIgnore]
public sealed class RevokedAccessToken : Entity<string>
{
    public RevokedAccessToken(string id, DateTimeOffset expiresAt)
        : base(id)
    {
        ExpiresAt = expiresAt;
    }

    public DateTimeOffset ExpiresAt { get; private set; }
}
