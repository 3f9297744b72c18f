using DasTern.Auditing;
using DasTern.Entities;

namespace DasTern.Identity;

/// <summary>
/// A browser sign-in at the login page of the code flow. The cookie carries only this id; the
/// ticket lives here, so logging out ends the session on the server and not just in one browser.
/// </summary>
[AuditIgnore]
public sealed class LoginSession : Entity<string>
{
    public LoginSession(string id, Guid userId, byte[] ticket, DateTimeOffset? expiresAt)
        : base(id)
    {
        UserId = userId;
        Ticket = ticket;
        ExpiresAt = expiresAt;
    }

    public Guid UserId { get; private set; }

    /// <summary>The serialized authentication ticket (claims and properties, no secrets beyond the security stamp).</summary>
    public byte[] Ticket { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && expiresAt <= now;

    public void Renew(byte[] ticket, DateTimeOffset? expiresAt)
    {
        Ticket = ticket;
        ExpiresAt = expiresAt;
    }
}
