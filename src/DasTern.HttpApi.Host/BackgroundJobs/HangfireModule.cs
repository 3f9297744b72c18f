using DasTern.Modularity;
using Hangfire;
using Hangfire.PostgreSql;

namespace DasTern.BackgroundJobs;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c> of the application's database): the job client, a
/// job server in this host, the dashboard's permission check, and every <see cref="RecurringJobAttribute"/>
/// job of the composition scheduled at start.
/// </summary>
public sealed class HangfireModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var configuration = context.Configuration;
        var services = context.Services;
        var connectionString = configuration.GetConnectionString(DasTernEntityFrameworkCoreModule.ConnectionStringName)!;
        var pollInterval = configuration.GetValue("Hangfire:PollInterval", TimeSpan.FromSeconds(15));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = pollInterval,
                    // Enqueued jobs (emails, registrations) start at once through LISTEN/NOTIFY instead of the next poll.
                    EnableLongPolling = true,
                }));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", Math.Max(2, Environment.ProcessorCount));
            server.SchedulePollingInterval = pollInterval;
        });
        services.AddSingleton<HangfireDashboardAuthorizationFilter>();
        services.AddHostedService<RecurringJobScheduler>();
    }
}
