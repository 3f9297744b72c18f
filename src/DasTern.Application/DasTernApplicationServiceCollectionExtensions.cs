using DasTern.Authorization;
using DasTern.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

public static class DasTernApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers every application service twice: the class itself (the HTTP controller, which the
    /// MVC filters wrap) and its interfaces as proxies that authorize, validate and open a unit of work.
    /// </summary>
    public static IServiceCollection AddDasTernApplication(this IServiceCollection services)
    {
        services.AddAuthorizationCore();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.AddScoped<IPolicyChecker, PolicyChecker>();
        services.AddScoped<MethodAuthorizer>();
        services.AddScoped<Auditing.AuditRetentionJob>();
        services.AddSingleton<Auditing.AuditRecordWriter>();
        services.AddScoped<Emailing.IEmailQueue, Emailing.EmailQueue>();
        services.AddSingleton<Emailing.EmailRenderer>();
        services.AddScoped<Emailing.EmailJob>();
        services.AddScoped<Emailing.EmailOutboxSweepJob>();
        services.AddScoped<Account.UserSessionRevoker>();
        services.AddScoped<Account.StepUpVerifier>();
        services.AddScoped<Account.VerificationCodeSender>();
        services.AddScoped<Account.RegistrationJob>();
        services.AddScoped<Account.AccountCodeJob>();
        services.AddDataProtection();
        services.AddSingleton<BackgroundJobs.JobArgumentProtector>();
        services.AddScoped<ApplicationConfiguration.ApplicationConfigurationCache>();
        services.AddScoped<Security.RevokedAccessTokenPruneJob>();

        foreach (var type in ApplicationServiceTypes.All)
        {
            services.AddScoped(type);
            foreach (var contract in ApplicationServiceTypes.ContractsOf(type))
            {
                services.AddScoped(contract, provider => ApplicationServiceProxy.Create(contract, provider.GetRequiredService(type), provider));
            }
        }

        return services;
    }
}
