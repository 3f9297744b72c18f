using DasTern.Authorization;
using DasTern.Modularity;
using DasTern.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

/// <summary>
/// The application layer. Its conventions register, from every assembly of the composition, the
/// application services (by their class only: callers outside HTTP go through
/// <see cref="IApplicationServiceInvoker"/>, so every call meets the <see cref="InvocationPolicy"/>)
/// and the background jobs (<c>*Job</c>); this module adds permission-based authorization.
/// </summary>
[DependsOn(typeof(DasTernDomainModule), typeof(DasTernApplicationContractsModule))]
public sealed class DasTernApplicationModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        foreach (var service in context.Assemblies.SelectMany(assembly => assembly.GetTypes()).Where(ApplicationServiceTypes.IsApplicationService))
        {
            services.AddScoped(service);
            foreach (var contract in ApplicationServiceTypes.ContractsOf(service))
            {
                services.AddSingleton(new ApplicationServiceRegistration(contract, service));
            }
        }

        context.Scan(scan => scan.AddClasses(type => type.Where(type => type.Name.EndsWith("Job", StringComparison.Ordinal))), classes => classes.AsSelf(), ServiceLifetime.Scoped);

        services.AddAuthorizationCore();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        // Job arguments are encrypted with the key ring; the host keeps it where every instance finds it.
        services.AddDataProtection();
    }
}
