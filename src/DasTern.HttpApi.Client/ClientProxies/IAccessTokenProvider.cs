namespace DasTern.ClientProxies;

/// <summary>
/// Supplies the bearer token of each call (null calls anonymously). Asked again on every attempt,
/// so a provider that refreshes an expiring token is used as it is.
/// </summary>
public interface IAccessTokenProvider
{
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
