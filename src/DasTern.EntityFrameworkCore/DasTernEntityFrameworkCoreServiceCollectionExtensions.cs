using DasTern.Auditing;
using DasTern.Authorization;
using DasTern.EntityFrameworkCore;
using DasTern.Identity;
using DasTern.Medicines;
using DasTern.OpenIddict;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

public static class DasTernEntityFrameworkCoreServiceCollectionExtensions
{
    public const string ConnectionStringName = "Default";

    /// <summary>PostgreSQL, repositories, unit of work, Identity stores and OpenIddict stores.</summary>
    public static IServiceCollection AddDasTernEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"The connection string 'ConnectionStrings:{ConnectionStringName}' is missing.");
        }

        services.AddSingleton<AuditPropertiesInterceptor>();
        services.AddSingleton<EntityChangeAuditInterceptor>();
        // Pooled contexts, and no thread-safety checks: a context never leaves its request scope.
        services.AddDbContextPool<DasTernDbContext>((provider, options) => options
            .UseNpgsql(connectionString)
            .EnableThreadSafetyChecks(false)
            // Audit properties first, so the entity-change rows see the final values; the text guard
            // keeps text PostgreSQL cannot store off the wire (see UnstorableTextGuard).
            .AddInterceptors(provider.GetRequiredService<AuditPropertiesInterceptor>(), provider.GetRequiredService<EntityChangeAuditInterceptor>(), UnstorableTextGuard.Instance));

        // Writes that must survive the request's rollback (a wrong code guess) use a context of their own.
        services.AddPooledDbContextFactory<DasTernDbContext>(options => options.UseNpgsql(connectionString));
        services.AddScoped<IUnitOfWorkManager, EfCoreUnitOfWorkManager>();
        services.AddScoped<Data.DasTernDbMigrationService>();
        services.AddScoped<IMedicineRepository, MedicineRepository>();
        services.AddScoped<IDrugInteractionRuleRepository, DrugInteractionRuleRepository>();
        services.AddScoped<IPermissionGrantRepository, PermissionGrantRepository>();
        services.AddScoped<IAuditLogRepository, AuditLogRepository>();
        services.AddScoped<IUserVerificationCodeRepository, UserVerificationCodeRepository>();
        services.AddScoped<Emailing.IOutboxEmailRepository, Emailing.OutboxEmailRepository>();
        services.AddScoped<IAppUserRepository, AppUserRepository>();
        services.AddScoped<ILoginSessionRepository, LoginSessionRepository>();
        services.AddScoped<Security.IRevokedAccessTokenRepository, Security.RevokedAccessTokenRepository>();

        // Before AddIdentityCore, which adds its own normalizer only when none is registered.
        services.AddScoped<ILookupNormalizer, EmailLookupNormalizer>();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length and PasswordStrengthValidator make the policy (OWASP ASVS 5.0 §6.2): no composition rules.
                options.Password.RequiredLength = UserConsts.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.ClaimsIdentity.UserIdClaimType = Security.DasTernClaimTypes.UserId;
                options.ClaimsIdentity.UserNameClaimType = Security.DasTernClaimTypes.UserName;
                options.ClaimsIdentity.RoleClaimType = Security.DasTernClaimTypes.Role;
                options.ClaimsIdentity.EmailClaimType = Security.DasTernClaimTypes.Email;
            })
            .AddRoles<AppRole>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordStrengthValidator>()
            .AddEntityFrameworkStores<DasTernDbContext>()
            .AddTokenProvider<ReplayProtectedAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.AddOpenIddict().AddCore(options => options
            .UseEntityFrameworkCore()
            .UseDbContext<DasTernDbContext>()
            .ReplaceDefaultEntities<Guid>());
        return services;
    }

    /// <summary>Settings the seed contributors need, validated when the host starts.</summary>
    public static IServiceCollection AddDasTernDataSeeding(this IServiceCollection services)
    {
        services.AddOptions<AdminUserOptions>().BindConfiguration(AdminUserOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OpenIddictSeedOptions>().BindConfiguration(OpenIddictSeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
