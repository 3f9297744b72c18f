using System.Reflection;
using DasTern.Authorization.Permissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Modularity;

/// <summary>
/// The one composition method the host, the migrator and the tests use: from a root module, the
/// layers it depends on (each once, dependencies first), their assemblies, the conventions every
/// layer shares, then each module's own registrations.
/// </summary>
public static class ModuleComposition
{
    public static IServiceCollection AddDasTernModule<TModule>(this IServiceCollection services, IConfiguration configuration, string environmentName, string contentRootPath)
        where TModule : DasTernModule
    {
        var layers = new List<Type>();
        Visit(typeof(TModule), DependenciesOf, layers, []);
        var assemblies = layers.Select(layer => layer.Assembly).Distinct().ToList();

        // Every module of those assemblies runs: a layer's own first, a feature's after its layer's and
        // after any module it depends on, otherwise in assembly order and by name.
        var modules = assemblies
            .SelectMany(assembly => assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(DasTernModule)) && !type.IsAbstract))
            .OrderBy(type => assemblies.IndexOf(type.Assembly))
            .ThenBy(type => layers.Contains(type) ? 0 : 1)
            .ThenBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        var ordered = new List<Type>();
        foreach (var module in modules)
        {
            Visit(module, type => DependenciesOf(type).Concat(layers.Contains(type) ? [] : layers.Where(layer => layer.Assembly == type.Assembly)), ordered, []);
        }

        var context = new ModuleContext(services, configuration, environmentName, contentRootPath, assemblies);
        services.AddSingleton(new ModuleAssemblies(assemblies));
        RegisterSharedConventions(context);
        foreach (var module in ordered)
        {
            ((DasTernModule)Activator.CreateInstance(module)!).ConfigureServices(context);
        }

        return services;
    }

    private static IEnumerable<Type> DependenciesOf(Type module) => module.GetCustomAttribute<DependsOnAttribute>()?.Modules ?? [];

    private static void Visit(Type module, Func<Type, IEnumerable<Type>> dependencies, List<Type> ordered, HashSet<Type> visiting)
    {
        if (ordered.Contains(module))
        {
            return;
        }

        if (!visiting.Add(module))
        {
            throw new InvalidOperationException($"Modules depend on each other in a circle through {module.Name}.");
        }

        foreach (var dependency in dependencies(module))
        {
            Visit(dependency, dependencies, ordered, visiting);
        }

        ordered.Add(module);
    }

    /// <summary>The kinds every layer may hold: marked services, options classes, permission definitions.</summary>
    private static void RegisterSharedConventions(ModuleContext context)
    {
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo<IScopedDependency>()), classes => classes.AsSelfWithInterfaces(), ServiceLifetime.Scoped);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo<ISingletonDependency>()), classes => classes.AsSelfWithInterfaces(), ServiceLifetime.Singleton);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo<ITransientDependency>()), classes => classes.AsSelfWithInterfaces(), ServiceLifetime.Transient);
        context.Scan(scan => scan.AddClasses(type => type.AssignableTo<IPermissionDefinitionProvider>()), classes => classes.As<IPermissionDefinitionProvider>(), ServiceLifetime.Singleton);

        var bind = typeof(ModuleComposition).GetMethod(nameof(BindOptions), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var options in context.Assemblies.SelectMany(assembly => assembly.GetTypes()).Where(IsOptionsClass))
        {
            var section = (string)options.GetField("SectionName")!.GetRawConstantValue()!;
            bind.MakeGenericMethod(options).Invoke(null, [context.Services, section]);
        }
    }

    /// <summary>A public class named <c>*Options</c> with a <c>SectionName</c> constant: bound to that section, checked at start.</summary>
    private static bool IsOptionsClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true } && type.Name.EndsWith("Options", StringComparison.Ordinal)
        && type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true };

    private static void BindOptions<TOptions>(IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
