namespace DasTern.Services;

/// <summary>What makes a class an application service, and which of its interfaces are its contracts.</summary>
public static class ApplicationServiceTypes
{
    public static bool IsApplicationService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true, IsGenericTypeDefinition: false }
        && typeof(IApplicationService).IsAssignableFrom(type);

    public static IEnumerable<Type> ContractsOf(Type type) =>
        type.GetInterfaces().Where(contract => contract != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(contract));
}
