namespace DasTern.ExceptionHandling;

public sealed class ConcurrencyConflictException(Exception? innerException = null)
    : BusinessException(CommonErrorCodes.ConcurrencyConflict, "The record was changed by someone else.", 409, innerException);
