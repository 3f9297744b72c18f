using DasTern.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DasTern;

/// <summary>
/// The real DI container of every layer below the host, built by the host's composition method. It
/// is not validated on build: the host supplies the ports these layers declare (the e-mail sender,
/// the job client, the revocation list), and a test resolves only what it exercises. The host's and
/// the migrator's containers are validated on build.
/// </summary>
public static class DasTernTestServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDasTernModule<DasTernTestModule>(configuration, "Testing", AppContext.BaseDirectory);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
