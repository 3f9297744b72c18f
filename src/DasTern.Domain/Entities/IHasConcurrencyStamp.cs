namespace DasTern.Entities;

/// <summary>
/// Optimistic concurrency: an update names the stamp the client read, and fails with 409 when the
/// record has changed since (see <see cref="ConcurrencyStamps"/>).
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }

    /// <summary>Fails with <c>ConcurrencyConflictException</c> unless <paramref name="concurrencyStamp"/> is the stamp loaded.</summary>
    void ExpectConcurrencyStamp(string concurrencyStamp);
}
