using System.Reflection;
using DasTern.Services;

namespace DasTern.ClientProxies;

/// <summary>Every remote contract of the Contracts assembly and the route of each of its methods, by the server's own convention.</summary>
public static class ClientProxyRoutes
{
    public static IReadOnlyList<Type> Contracts { get; } =
    [
        .. typeof(IApplicationService).Assembly.GetExportedTypes()
            .Where(type => type.IsInterface && type != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(type)
                && RemoteServiceLookup.IsEnabled(type)),
    ];

    public static IReadOnlyDictionary<MethodInfo, ConventionalRoute> Routes { get; } =
        (from contract in Contracts
         from method in contract.GetMethods()
         where ConventionalRouteBuilder.IsRemote(contract, method)
         select (method, route: ConventionalRouteBuilder.Build(contract, method)))
        .ToDictionary(pair => pair.method, pair => pair.route);
}
