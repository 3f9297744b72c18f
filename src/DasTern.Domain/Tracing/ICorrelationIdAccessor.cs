namespace DasTern.Tracing;

/// <summary>The correlation id of the request (or job) the current code serves.</summary>
public interface ICorrelationIdAccessor
{
    string? CorrelationId { get; }

    IDisposable Change(string correlationId);
}
