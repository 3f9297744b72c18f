using System.Collections.Concurrent;

namespace DasTern.Events;

/// <summary>How often each probe handler ran for each marker.</summary>
public static class ProbeEffects
{
    private static readonly ConcurrentDictionary<(string Handler, Guid Marker), int> Counts = new();

    public static int Record(string handler, Guid marker) => Counts.AddOrUpdate((handler, marker), 1, (_, count) => count + 1);

    public static int Count(string handler, Guid marker) => Counts.GetValueOrDefault((handler, marker));
}
