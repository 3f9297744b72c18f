namespace DasTern.Services;

/// <summary>The application services of this assembly, found once by reflection.</summary>
public static class ApplicationServiceTypes
{
    public static IReadOnlyList<Type> All { get; } = typeof(ApplicationServiceTypes).Assembly.GetTypes()
        .Where(IsApplicationService)
        .ToList();

    public static bool IsApplicationService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true, IsGenericTypeDefinition: false }
        && typeof(IApplicationService).IsAssignableFrom(type);

    public static IEnumerable<Type> ContractsOf(Type type) =>
        type.GetInterfaces().Where(contract => contract != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(contract));
}
