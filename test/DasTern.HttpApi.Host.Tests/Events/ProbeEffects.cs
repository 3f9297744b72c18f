using System.Collections.Concurrent;

namespace DasTern.Events;

/// <summary>How often each probe handler ran for each marker, and the gates gated probes wait at.</summary>
public static class ProbeEffects
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<(string Handler, Guid Marker), int> Counts = new();
    private static readonly ConcurrentDictionary<Guid, TaskCompletionSource> Arrivals = new();
    private static readonly ConcurrentDictionary<Guid, TaskCompletionSource> Gates = new();

    public static int Record(string handler, Guid marker) => Counts.AddOrUpdate((handler, marker), 1, (_, count) => count + 1);

    public static int Count(string handler, Guid marker) => Counts.GetValueOrDefault((handler, marker));

    /// <summary>Tells the test the handler has arrived, then waits until the test opens the gate.</summary>
    public static Task PassGateAsync(Guid marker)
    {
        Signal(Arrivals, marker).TrySetResult();
        return Signal(Gates, marker).Task.WaitAsync(Bound);
    }

    public static Task ArrivedAsync(Guid marker) => Signal(Arrivals, marker).Task.WaitAsync(Bound);

    public static void OpenGate(Guid marker) => Signal(Gates, marker).TrySetResult();

    private static TaskCompletionSource Signal(ConcurrentDictionary<Guid, TaskCompletionSource> signals, Guid marker) =>
        signals.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
