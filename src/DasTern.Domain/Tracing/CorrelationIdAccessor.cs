using DasTern.Modularity;

namespace DasTern.Tracing;

public sealed class CorrelationIdAccessor : ICorrelationIdAccessor, ISingletonDependency
{
    private static readonly AsyncLocal<string?> Current = new();

    public string? CorrelationId => Current.Value;

    public IDisposable Change(string correlationId)
    {
        var previous = Current.Value;
        Current.Value = correlationId;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
