using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DasTern.ExceptionHandling;

/// <summary>
/// A row that breaks a unique index means two requests raced past the application's own checks:
/// to a client that is a 409, not a 500. A refusal raised while the command was prepared (text the
/// database cannot store) keeps its own status instead of EF's wrapper.
/// </summary>
public static class DbUpdateExceptionTranslator
{
    public static BusinessException? Translate(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => new DuplicateRecordException(exception),
        BusinessException refusal => refusal,
        _ => null,
    };
}
