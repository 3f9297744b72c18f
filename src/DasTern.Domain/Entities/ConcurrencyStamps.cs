using DasTern.ExceptionHandling;

namespace DasTern.Entities;

/// <summary>
/// The one stamp check for every aggregate, ours and Identity's: a stamp the caller read that is no
/// longer the loaded one fails at once; a change between the load and the save fails the save, because
/// the loaded stamp is the concurrency token's original value.
/// </summary>
public static class ConcurrencyStamps
{
    /// <summary>
    /// A fresh stamp: 128 random bits as 32 hex digits, like a GUID's "N" form. A stamp detects lost
    /// updates and guards nothing secret, so it comes from <see cref="Random.Shared"/>: every aggregate EF
    /// materializes runs the initializer, and <see cref="Guid.NewGuid"/> costs a read of /dev/urandom
    /// each time on Linux.
    /// </summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public static void Expect(string? loaded, string expected)
    {
        if (!string.Equals(loaded, expected, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException();
        }
    }
}
