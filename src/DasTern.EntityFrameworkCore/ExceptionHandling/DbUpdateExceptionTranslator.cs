using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DasTern.ExceptionHandling;

/// <summary>
/// What a failed save means to a client: a stale concurrency stamp or a row that breaks a unique
/// index is a 409 (two requests raced past the application's own checks), anything else stays as it is.
/// </summary>
public static class DbUpdateExceptionTranslator
{
    public static Exception? Translate(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => new ConcurrencyConflictException(exception),
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            new BusinessException(DasTernErrorCodes.DuplicateRecord, "The record conflicts with an existing one.", 409, exception),
        _ => null,
    };
}
