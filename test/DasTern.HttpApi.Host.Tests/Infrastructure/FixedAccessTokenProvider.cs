using DasTern.ClientProxies;

namespace DasTern.Infrastructure;

public sealed class FixedAccessTokenProvider(string? accessToken) : IAccessTokenProvider
{
    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(accessToken);
}
