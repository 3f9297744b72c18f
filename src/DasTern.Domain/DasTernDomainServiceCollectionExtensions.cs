using DasTern.Auditing;
using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.Data;
using DasTern.Identity;
using DasTern.Localization;
using DasTern.Medicines;
using DasTern.OpenIddict;
using DasTern.Security;
using DasTern.Tracing;
using DasTern.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace DasTern;

public static class DasTernDomainServiceCollectionExtensions
{
    public static IServiceCollection AddDasTernDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentPrincipalAccessor, CurrentPrincipalAccessor>();
        services.TryAddSingleton<ICorrelationIdAccessor, CorrelationIdAccessor>();
        services.AddScoped<IHealthDataAccessRecorder, HealthDataAccessRecorder>();
        services.AddTransient<ICurrentUser, CurrentUser>();
        services.TryAddSingleton<JsonStringLocalizer>();
        services.TryAddSingleton<IStringLocalizer<DasTernResource>>(provider => provider.GetRequiredService<JsonStringLocalizer>());

        services.AddSingleton<IPermissionDefinitionManager, PermissionDefinitionManager>();
        services.AddScoped<IPermissionStore, PermissionStore>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<PermissionProviderKeyResolver>();
        services.AddScoped<PermissionManager>();
        services.AddScoped<PrivilegeCeiling>();

        services.AddScoped<MedicineManager>();
        services.AddScoped<UserContactChecker>();
        services.AddScoped<AuthenticatorCodes>();
        services.AddScoped<AuthenticatorKeys>();
        services.AddScoped<AccessFailureCounter>();

        services.AddScoped<DataSeeder>();
        services.AddScoped<IDataSeedContributor, RoleDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, PermissionDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, AdminUserDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, OpenIddictDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, MedicineDataSeedContributor>();
        return services;
    }
}
