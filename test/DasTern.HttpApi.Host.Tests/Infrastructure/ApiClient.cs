using DasTern.ClientProxies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Infrastructure;

/// <summary>
/// The client proxies as an application registers them, resilience handler included, with the test
/// host's in-memory handler as the primary handler and a fixed token.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly ServiceProvider _services;

    public ApiClient(WebApplicationFactory<Program> factory, string? accessToken)
    {
        var services = new ServiceCollection();
        services.AddDasTernHttpApiClient(factory.Server.BaseAddress)
            .ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler());
        services.AddSingleton<IAccessTokenProvider>(new FixedAccessTokenProvider(accessToken));
        _services = services.BuildServiceProvider();
    }

    public TService Service<TService>()
        where TService : class => _services.GetRequiredService<TService>();

    public void Dispose() => _services.Dispose();
}
