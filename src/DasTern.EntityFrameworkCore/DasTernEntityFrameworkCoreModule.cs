using DasTern.Auditing;
using DasTern.EntityFrameworkCore;
using DasTern.Identity;
using DasTern.Modularity;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

/// <summary>
/// The persistence layer: PostgreSQL through pooled DbContexts, the unit of work, Identity's and
/// OpenIddict's stores. Its repositories register by the domain layer's convention, its entity
/// configurations by <c>ApplyConfigurationsFromAssembly</c>.
/// </summary>
[DependsOn(typeof(DasTernDomainModule))]
public sealed class DasTernEntityFrameworkCoreModule : DasTernModule
{
    public const string ConnectionStringName = "Default";

    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        var connectionString = context.Configuration.GetConnectionString(ConnectionStringName);
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
    }
}
