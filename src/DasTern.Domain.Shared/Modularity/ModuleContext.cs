using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scrutor;

namespace DasTern.Modularity;

/// <summary>What a module configures: the services, the configuration, and every assembly of the composition.</summary>
public sealed class ModuleContext(IServiceCollection services, IConfiguration configuration, string environmentName, string contentRootPath, IReadOnlyList<Assembly> assemblies)
{
    public const string DevelopmentEnvironment = "Development";

    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public string EnvironmentName { get; } = environmentName;

    public bool IsDevelopment => EnvironmentName == DevelopmentEnvironment;

    /// <summary>Where relative file settings (development keys, say) resolve from.</summary>
    public string ContentRootPath { get; } = contentRootPath;

    /// <summary>Every assembly of the composition, in dependency order.</summary>
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies;

    /// <summary>
    /// Registers, from every assembly of the composition, the classes a convention selects. A layer
    /// uses it for the kinds it defines (the domain layer: repositories, seed contributors...), so a
    /// feature's classes of those kinds register themselves wherever they live. A class registered
    /// already for a service is not registered for it twice.
    /// </summary>
    public void Scan(Func<IImplementationTypeSelector, IServiceTypeSelector> selectClasses, Func<IServiceTypeSelector, ILifetimeSelector> asServices, ServiceLifetime lifetime) =>
        Services.Scan(scan =>
        {
            var registration = asServices(selectClasses(scan.FromAssemblies(Assemblies)).UsingRegistrationStrategy(SkipSameRegistration.Instance));
            _ = lifetime switch
            {
                ServiceLifetime.Singleton => registration.WithSingletonLifetime(),
                ServiceLifetime.Transient => registration.WithTransientLifetime(),
                _ => registration.WithScopedLifetime(),
            };
        });
}
