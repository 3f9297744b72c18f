namespace DasTern.Security;

/// <summary>
/// Access tokens revoked before they expire (logout, RFC 7009 revocation, a user's sessions ended).
/// Every instance checks it on every request, from memory; entries vanish when the token would have
/// expired anyway.
/// </summary>
public interface IAccessTokenRevocationList
{
    /// <summary>
    /// Puts the token on the list. It is written to the database in the current unit of work when
    /// there is one, so it commits with the change that caused it, and at once otherwise; after the
    /// commit this instance refuses the token, and the others as soon as they hear of it (at once
    /// through Redis, within the reload interval without).
    /// </summary>
    Task RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Answered from this instance's memory: no I/O.</summary>
    bool IsRevoked(string tokenId);

    /// <summary>Reloads the list from the database here and asks every other instance to do the same (after revocations written in bulk).</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);
}
