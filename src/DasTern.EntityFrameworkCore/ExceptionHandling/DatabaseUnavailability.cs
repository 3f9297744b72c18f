using Npgsql;

namespace DasTern.ExceptionHandling;

/// <summary>
/// Tells a database that is down or unreachable (refused or lost connection, shutting down or
/// starting, out of connections, pool exhausted) from a failing statement, wherever EF Core,
/// Identity or OpenIddict wrapped it: the first is worth a retry later, the second is a bug.
/// </summary>
public static class DatabaseUnavailability
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsUnavailableState(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Connection exceptions (class 08), shutdown and start-up (57P01–57P03), too many connections (53300).</summary>
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
