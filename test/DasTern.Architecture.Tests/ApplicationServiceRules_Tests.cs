using System.Reflection;
using DasTern.EntityFrameworkCore;
using DasTern.Medicines;
using DasTern.Services;

namespace DasTern;

/// <summary>
/// Application services are entered only through the invocation policy, and never call each other:
/// logic two services share lives in a domain service.
/// </summary>
public class ApplicationServiceRules_Tests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Medicine).Assembly,
        typeof(IMedicineAppService).Assembly,
        typeof(MedicineAppService).Assembly,
        typeof(DasTernDbContext).Assembly,
        typeof(DasTernHostBuilderExtensions).Assembly,
        Assembly.Load("DasTern.DbMigrator"),
    ];

    private static IEnumerable<(Type Type, Type Dependency)> ConstructorDependencies() =>
        Assemblies.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(constructor => constructor.GetParameters())
                .Select(parameter => (type, parameter.ParameterType)));

    [Fact]
    public void Should_Never_Inject_An_Application_Service_Class()
    {
        var offenders = ConstructorDependencies()
            .Where(pair => ApplicationServiceTypes.IsApplicationService(pair.Dependency))
            .Select(pair => $"{pair.Type.Name} injects {pair.Dependency.Name}");

        offenders.ShouldBeEmpty("a concrete application service would be called around the invocation policy");
    }

    [Fact]
    public void Should_Never_Inject_An_Application_Service_Into_Another()
    {
        var offenders = ConstructorDependencies()
            .Where(pair => ApplicationServiceTypes.IsApplicationService(pair.Type))
            .Where(pair => typeof(IApplicationService).IsAssignableFrom(pair.Dependency) || pair.Dependency == typeof(IApplicationServiceInvoker))
            .Select(pair => $"{pair.Type.Name} injects {pair.Dependency.Name}");

        offenders.ShouldBeEmpty("application services share logic through domain services");
    }
}
