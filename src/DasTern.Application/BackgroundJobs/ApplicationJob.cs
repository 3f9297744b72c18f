using System.Reflection;
using DasTern.Services;

namespace DasTern.BackgroundJobs;

/// <summary>
/// The base of a recurring job: Hangfire calls <see cref="RunAsync"/>, which runs
/// <see cref="ExecuteAsync"/> through the <see cref="InvocationPolicy"/>, in one unit of work
/// committed at the end, as an application-service call is. A job has no caller to authorize: it
/// acts for the system on a schedule.
/// </summary>
public abstract class ApplicationJob(InvocationPolicy policy)
{
    private static readonly MethodInfo Execute = typeof(ApplicationJob).GetMethod(nameof(ExecuteAsync), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public Task RunAsync(CancellationToken cancellationToken = default) =>
        policy.InvokeAsync(
            Execute,
            [cancellationToken],
            async () =>
            {
                await ExecuteAsync(cancellationToken);
                return null;
            },
            authorize: false,
            cancellationToken);

    protected abstract Task ExecuteAsync(CancellationToken cancellationToken);
}
