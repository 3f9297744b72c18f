namespace DasTern.Entities;

/// <summary>
/// Optimistic concurrency: the stamp a client read is written back before an update, and the
/// save fails with 409 when the row's stamp has changed since.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }

    /// <summary>The stamp the caller read; the save checks the row against it instead of the stamp loaded.</summary>
    void ExpectConcurrencyStamp(string concurrencyStamp);
}
