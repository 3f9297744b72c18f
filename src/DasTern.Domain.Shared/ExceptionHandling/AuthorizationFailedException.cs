namespace DasTern.ExceptionHandling;

/// <summary>The caller may not do this: 401 when anonymous, 403 when signed in.</summary>
public sealed class AuthorizationFailedException : BusinessException
{
    public AuthorizationFailedException(string? policy = null)
        : base(CommonErrorCodes.Forbidden, "You are not allowed to perform this operation.", 403)
    {
        Policy = policy;
    }

    /// <summary>The failure as a client proxy reads it back: the answer's code, message and status (401 or 403).</summary>
    public AuthorizationFailedException(string code, string message, int httpStatusCode)
        : base(code, message, httpStatusCode)
    {
    }

    public string? Policy { get; }
}
