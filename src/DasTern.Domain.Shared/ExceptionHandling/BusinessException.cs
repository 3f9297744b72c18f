namespace DasTern.ExceptionHandling;

/// <summary>
/// A rule the caller broke. The code picks the localized message (placeholders filled from
/// <see cref="Values"/>); the status defaults to 422 rather than ABP's 403 so clients never
/// confuse a business rule with a permission problem.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? message = null, int httpStatusCode = 422, Exception? innerException = null)
        : base(message ?? code, innerException)
    {
        Code = code;
        HttpStatusCode = httpStatusCode;
    }

    public string Code { get; }

    public int HttpStatusCode { get; }

    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public BusinessException WithData(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}
