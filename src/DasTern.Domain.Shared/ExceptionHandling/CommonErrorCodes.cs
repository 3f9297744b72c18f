namespace DasTern.ExceptionHandling;

/// <summary>Stable codes, sent in the problem-details <c>code</c> member, that any feature may answer with; a feature's own codes live in its folder.</summary>
public static class CommonErrorCodes
{
    public const string InternalError = "DasTern:InternalError";
    public const string ValidationFailed = "DasTern:ValidationFailed";
    public const string Unauthorized = "DasTern:Unauthorized";
    public const string Forbidden = "DasTern:Forbidden";
    public const string EntityNotFound = "DasTern:EntityNotFound";
    public const string ConcurrencyConflict = "DasTern:ConcurrencyConflict";
    public const string NotFound = "DasTern:NotFound";
    public const string MethodNotAllowed = "DasTern:MethodNotAllowed";
    public const string UnsupportedMediaType = "DasTern:UnsupportedMediaType";
    public const string RequestFailed = "DasTern:RequestFailed";
    public const string SortingNotAllowed = "DasTern:SortingNotAllowed";
    public const string DuplicateRecord = "DasTern:DuplicateRecord";
    public const string TooManyRequests = "DasTern:TooManyRequests";
    public const string PayloadTooLarge = "DasTern:PayloadTooLarge";
    public const string UnstorableText = "DasTern:UnstorableText";
    public const string RequestTimeout = "DasTern:RequestTimeout";
    public const string ServiceUnavailable = "DasTern:ServiceUnavailable";
}
