using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace DasTern.ClientProxies;

public static class DasTernHttpApiClientServiceCollectionExtensions
{
    public const string HttpClientName = "DasTern";

    /// <summary>
    /// Registers a proxy for every remote application-service contract, over one named
    /// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>. Register an
    /// <see cref="IAccessTokenProvider"/> to send a bearer token; the returned builder configures
    /// the client further (a primary handler, more handlers).
    /// </summary>
    public static IHttpClientBuilder AddDasTernHttpApiClient(this IServiceCollection services, Uri baseAddress)
    {
        // Routes are relative, so an API hosted under a path keeps it.
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        var client = services.AddHttpClient(HttpClientName, http => http.BaseAddress = root);

        // Only reads are retried: a write whose answer was lost may have committed, and none of ours
        // carries an idempotency key, so repeating it could register an account or create a record twice.
        client.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());

        // Inside the resilience handler, so every attempt asks the provider for a current token.
        client.AddHttpMessageHandler(provider => new AccessTokenHandler(provider.GetService<IAccessTokenProvider>()));

        foreach (var contract in ClientProxyRoutes.Contracts)
        {
            services.AddTransient(contract, provider => ApplicationServiceProxy.Create(
                contract,
                new RemoteServiceInvoker(provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName))));
        }

        return client;
    }
}
