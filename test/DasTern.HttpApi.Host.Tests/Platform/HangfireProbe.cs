using System.Collections.Concurrent;

namespace DasTern.Platform;

/// <summary>A job body the in-process Hangfire server runs, recording that it ran.</summary>
public static class HangfireProbe
{
    private static readonly ConcurrentDictionary<Guid, TaskCompletionSource> Runs = new();

    public static void Record(Guid marker) => Runs.GetOrAdd(marker, _ => new TaskCompletionSource()).TrySetResult();

    public static async Task<bool> WaitForAsync(Guid marker, TimeSpan timeout)
    {
        var run = Runs.GetOrAdd(marker, _ => new TaskCompletionSource());
        return await Task.WhenAny(run.Task, Task.Delay(timeout)) == run.Task;
    }
}
