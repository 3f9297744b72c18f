namespace DasTern.Security;

/// <summary>
/// Access tokens revoked before they expire (logout, RFC 7009 revocation). Every instance checks it
/// on every request; entries vanish when the token would have expired anyway.
/// </summary>
public interface IAccessTokenRevocationList
{
    Task RevokeAsync(string tokenId, DateTimeOffset expiresAt);

    Task<bool> IsRevokedAsync(string tokenId);
}
