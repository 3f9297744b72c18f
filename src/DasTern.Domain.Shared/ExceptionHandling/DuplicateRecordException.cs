namespace DasTern.ExceptionHandling;

/// <summary>A write that breaks a uniqueness rule because another request got there first: 409.</summary>
public sealed class DuplicateRecordException(Exception? innerException = null)
    : BusinessException(CommonErrorCodes.DuplicateRecord, "The record conflicts with an existing one.", 409, innerException);
