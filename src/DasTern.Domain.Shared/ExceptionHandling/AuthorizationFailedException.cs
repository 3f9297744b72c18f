namespace DasTern.ExceptionHandling;

/// <summary>The caller may not do this: 401 when anonymous, 403 when signed in.</summary>
public sealed class AuthorizationFailedException : BusinessException
{
    public AuthorizationFailedException(string? policy = null)
        : base(CommonErrorCodes.Forbidden, "You are not allowed to perform this operation.", 403)
    {
        Policy = policy;
    }

    public string? Policy { get; }
}
