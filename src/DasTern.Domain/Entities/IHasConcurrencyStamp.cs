namespace DasTern.Entities;

/// <summary>
/// Optimistic concurrency: the stamp a client read is written back before an update, and the
/// save fails with 409 when the row's stamp has changed since.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
