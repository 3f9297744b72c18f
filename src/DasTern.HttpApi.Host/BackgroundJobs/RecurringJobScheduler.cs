using System.Reflection;
using DasTern.Modularity;
using Hangfire;
using Hangfire.Common;

namespace DasTern.BackgroundJobs;

/// <summary>
/// At start, schedules (or reschedules) every job class of the composition that carries a
/// <see cref="RecurringJobAttribute"/>; <c>RecurringJobs:{Id}:Cron</c> in configuration overrides its schedule.
/// </summary>
public sealed class RecurringJobScheduler(ModuleAssemblies assemblies, IRecurringJobManager recurringJobs, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var type in assemblies.Types)
        {
            if (type.GetCustomAttribute<RecurringJobAttribute>() is not { } schedule)
            {
                continue;
            }

            var run = type.GetMethod("RunAsync", [typeof(CancellationToken)])
                ?? throw new InvalidOperationException($"{type.Name} is a recurring job but has no RunAsync(CancellationToken).");
            recurringJobs.AddOrUpdate(schedule.Id, new Job(type, run, CancellationToken.None), configuration[$"RecurringJobs:{schedule.Id}:Cron"] ?? schedule.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
