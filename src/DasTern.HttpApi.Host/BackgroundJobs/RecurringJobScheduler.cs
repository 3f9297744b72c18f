using System.Reflection;
using DasTern.Modularity;
using Hangfire;
using Hangfire.Common;

namespace DasTern.BackgroundJobs;

/// <summary>
/// At start, schedules (or reschedules) every job class of the composition that carries a
/// <see cref="RecurringJobAttribute"/> (an <see cref="ApplicationJob"/>); <c>RecurringJobs:{Id}:Cron</c> in configuration overrides its schedule.
/// </summary>
public sealed class RecurringJobScheduler(ModuleAssemblies assemblies, IRecurringJobManager recurringJobs, IConfiguration configuration) : IHostedService
{
    private static readonly MethodInfo Run = typeof(ApplicationJob).GetMethod(nameof(ApplicationJob.RunAsync))!;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var type in assemblies.Types)
        {
            if (type.GetCustomAttribute<RecurringJobAttribute>() is not { } schedule)
            {
                continue;
            }

            if (!type.IsSubclassOf(typeof(ApplicationJob)))
            {
                throw new InvalidOperationException($"{type.Name} is a recurring job but not an {nameof(ApplicationJob)}.");
            }

            recurringJobs.AddOrUpdate(schedule.Id, new Job(type, Run, CancellationToken.None), configuration[$"RecurringJobs:{schedule.Id}:Cron"] ?? schedule.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
