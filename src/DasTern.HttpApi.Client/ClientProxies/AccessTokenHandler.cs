using System.Net.Http.Headers;

namespace DasTern.ClientProxies;

/// <summary>Puts the provider's token on every request that does not carry one already.</summary>
public sealed class AccessTokenHandler(IAccessTokenProvider? provider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && provider is not null
            && await provider.GetAccessTokenAsync(cancellationToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
