using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DasTern.ExceptionHandling;

/// <summary>
/// A row that breaks a unique index means two requests raced past the application's own checks:
/// to a client that is a 409, not a 500.
/// </summary>
public static class DbUpdateExceptionTranslator
{
    public static DuplicateRecordException? TranslateUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
            ? new DuplicateRecordException(exception)
            : null;
}
