using DasTern.Modularity;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace DasTern.BackgroundJobs;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c> of the application's database): the job client, a
/// job server in this host (unless <c>Hangfire:ServerEnabled</c> is false: an API-only instance), the dashboard's permission check, and every <see cref="RecurringJobAttribute"/>
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
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = pollInterval,
            // Enqueued jobs (emails, registrations) start at once through LISTEN/NOTIFY instead of the next poll.
            EnableLongPolling = true,
        };

        // The storage and the job activator live in this host's container rather than in Hangfire's
        // process-wide statics (JobStorage.Current, JobActivator.Current), so two hosts in one process
        // never enqueue into, or run jobs from, each other's database. Only the serializer settings,
        // the same for every host, stay global.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                server.SchedulePollingInterval = pollInterval;
            });
        }

        services.AddSingleton<HangfireDashboardAuthorizationFilter>();
        services.AddHostedService<RecurringJobScheduler>();
    }
}
