using DasTern.Authorization.Permissions;
using DasTern.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

public static class DasTernApplicationContractsServiceCollectionExtensions
{
    public static IServiceCollection AddDasTernApplicationContracts(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionDefinitionProvider, DasTernPermissionDefinitionProvider>();
        return services;
    }
}
