namespace DasTern.ExceptionHandling;

public sealed class ConcurrencyConflictException(Exception? innerException = null)
    : BusinessException(DasTernErrorCodes.ConcurrencyConflict, "The record was changed by someone else.", 409, innerException);
