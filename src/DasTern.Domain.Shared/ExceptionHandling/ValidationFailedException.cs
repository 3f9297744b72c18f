namespace DasTern.ExceptionHandling;

/// <summary>Input that failed validation; <see cref="Errors"/> is keyed by camelCase member name.</summary>
public sealed class ValidationFailedException : BusinessException
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, string message = "The request is not valid.")
        : base(CommonErrorCodes.ValidationFailed, message, 400)
    {
        Errors = errors;
    }

    public ValidationFailedException(string member, string error)
        : this(new Dictionary<string, string[]> { [member] = [error] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
