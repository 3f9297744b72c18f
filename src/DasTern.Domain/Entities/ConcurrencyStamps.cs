using DasTern.ExceptionHandling;

namespace DasTern.Entities;

/// <summary>
/// The one stamp check for every aggregate, ours and Identity's: a stamp the caller read that is no
/// longer the loaded one fails at once; a change between the load and the save fails the save, because
/// the loaded stamp is the concurrency token's original value.
/// </summary>
public static class ConcurrencyStamps
{
    public static void Expect(string? loaded, string expected)
    {
        if (!string.Equals(loaded, expected, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException();
        }
    }
}
