using DasTern.Authorization.Permissions;
using DasTern.Data;
using DasTern.Events;
using DasTern.Localization;
using DasTern.Modularity;
using DasTern.Security;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace DasTern;

/// <summary>
/// The domain layer. Its conventions register, from every assembly of the composition, the
/// repositories (<c>XRepository</c> for <c>IXRepository</c>), domain services (<c>*Manager</c>), seed
/// contributors and event handlers (<c>ILocalEventHandler&lt;T&gt;</c>, <c>IOutboxEventHandler&lt;T&gt;</c>); this module adds the clock, the current principal, texts, permission
/// definitions and the cache.
/// </summary>
public sealed class DasTernDomainModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        context.Scan(scan => scan.AddClasses(type => type.Where(IsRepository)), classes => classes.AsMatchingInterface(), ServiceLifetime.Scoped);
        context.Scan(scan => scan.AddClasses(type => type.Where(IsDomainService)), classes => classes.AsSelf(), ServiceLifetime.Scoped);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo<IDataSeedContributor>()), classes => classes.As<IDataSeedContributor>(), ServiceLifetime.Scoped);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo(typeof(ILocalEventHandler<>))), classes => classes.As(HandledEvents(typeof(ILocalEventHandler<>))), ServiceLifetime.Scoped);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo(typeof(IOutboxEventHandler<>))), classes => classes.As(HandledEvents(typeof(IOutboxEventHandler<>))), ServiceLifetime.Scoped);

        var services = context.Services;
        services.TryAddSingleton(TimeProvider.System);
        // The host replaces it with the HTTP request's principal.
        services.TryAddSingleton<ICurrentPrincipalAccessor, CurrentPrincipalAccessor>();
        services.TryAddSingleton<JsonStringLocalizer>();
        services.TryAddSingleton<IStringLocalizer<DasTernResource>>(provider => provider.GetRequiredService<JsonStringLocalizer>());
        services.AddSingleton<IPermissionDefinitionManager, PermissionDefinitionManager>();
        // Memory first; a second level joins when the host registers a distributed cache (Redis).
        services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            Expiration = TimeSpan.FromMinutes(30),
            LocalCacheExpiration = TimeSpan.FromMinutes(1),
        });
    }

    /// <summary>The closed handler interfaces (<c>ILocalEventHandler&lt;X&gt;</c>...) a class implements of <paramref name="handlerInterface"/>.</summary>
    private static Func<Type, IEnumerable<Type>> HandledEvents(Type handlerInterface) =>
        type => type.GetInterfaces().Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == handlerInterface);

    /// <summary>A domain service is a <c>*Manager</c> used by its class; a manager behind an interface is infrastructure its layer registers.</summary>
    private static bool IsDomainService(Type type) =>
        type.Name.EndsWith("Manager", StringComparison.Ordinal) && type.GetInterfaces().Length == 0;

    private static bool IsRepository(Type type) =>
        type.Name.EndsWith("Repository", StringComparison.Ordinal) && type.GetInterfaces().Any(contract => contract.Name == "I" + type.Name);
}
