using DasTern.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DasTern;

/// <summary>The real DI container of every layer below the host, as the host composes it.</summary>
public static class DasTernTestServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services
            .AddDasTernDomain()
            .AddDasTernApplicationContracts()
            .AddDasTernApplication()
            .AddDasTernEntityFrameworkCore(configuration)
            .AddDasTernCaching(configuration)
            .AddDasTernDataSeeding();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
