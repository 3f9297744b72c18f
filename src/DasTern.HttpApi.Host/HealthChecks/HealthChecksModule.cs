using DasTern.Modularity;
using DasTern.OpenIddict;
using DasTern.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DasTern.HealthChecks;

/// <summary>
/// Readiness: PostgreSQL down makes the instance Unhealthy (nearly nothing works), Redis down only
/// Degraded (everything works, per instance); the revocation list never loaded is Unhealthy.
/// </summary>
public sealed class HealthChecksModule : DasTernModule
{
    public const string ReadyTag = "ready";

    public override void ConfigureServices(ModuleContext context)
    {
        var timeout = TimeSpan.FromSeconds(3);
        var checks = context.Services.AddHealthChecks()
            .AddNpgSql(
                context.Configuration.GetConnectionString(DasTernEntityFrameworkCoreModule.ConnectionStringName)!,
                name: "postgresql",
                failureStatus: HealthStatus.Unhealthy,
                tags: [ReadyTag],
                timeout: timeout)
            .AddCheck<RevocationListHealthCheck>("revocation-list", HealthStatus.Unhealthy, [ReadyTag], timeout);
        if (!string.IsNullOrWhiteSpace(context.Configuration[RedisModule.ConfigurationKey]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [ReadyTag], timeout);
        }
    }
}
