using System.Data.Common;
using DasTern.Auditing;
using DasTern.EntityFrameworkCore;
using DasTern.Identity;
using DasTern.Modularity;
using DasTern.Uow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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

        connectionString = WithPoolSettings(connectionString);
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

    /// <summary>
    /// The settings TechEmpower's Npgsql entries use, unless the connection string says otherwise: a
    /// connection going back to the pool keeps its session (no <c>DISCARD ALL</c> round trip, and its
    /// prepared statements survive), and statements run twice are prepared. Nothing here relies on
    /// session state: the only lock taken is transaction-scoped.
    /// </summary>
    private static string WithPoolSettings(string connectionString)
    {
        // Npgsql's builder reports every keyword it knows as present; the plain one only those given.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(nameof(builder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains(nameof(builder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
