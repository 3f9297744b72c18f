using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DasTern.ExceptionHandling;

/// <summary>
/// A row that breaks a unique index means two requests raced past the application's own checks:
/// to a client that is a 409, not a 500.
/// </summary>
public static class DbUpdateExceptionTranslator
{
    public static BusinessException? TranslateUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
            ? new BusinessException(DasTernErrorCodes.DuplicateRecord, "The record conflicts with an existing one.", 409, exception)
            : null;
}
