namespace DasTern.BackgroundJobs;

/// <summary>
/// Schedules an <see cref="ApplicationJob"/> on a cron expression (UTC): the host runs its <c>RunAsync</c>
/// on that schedule under <paramref name="id"/>. A feature schedules its own jobs; nothing else is edited.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RecurringJobAttribute(string id, string cron) : Attribute
{
    public string Id { get; } = id;

    public string Cron { get; } = cron;
}
