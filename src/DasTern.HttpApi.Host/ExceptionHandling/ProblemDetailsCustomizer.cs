using System.Diagnostics;
using DasTern.Localization;
using Microsoft.AspNetCore.Http;

namespace DasTern.ExceptionHandling;

/// <summary>
/// Completes every problem-details answer, including the bare ones the framework writes for
/// unknown routes or wrong verbs: a stable code by status when none was set, a localized title,
/// the trace id, and never any exception detail.
/// </summary>
public static class ProblemDetailsCustomizer
{
    public const string CodeKey = "code";
    public const string TraceIdKey = "traceId";

    public static void Customize(ProblemDetailsContext context, JsonStringLocalizer localizer)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey(CodeKey))
        {
            var code = CodeForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
            problem.Extensions[CodeKey] = code;
            problem.Title = localizer.Format(code, null);
        }

        problem.Detail = null;
        problem.Instance = context.HttpContext.Request.Path;
        problem.Extensions.Remove("exception");
        problem.Extensions[TraceIdKey] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }

    public static string CodeForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => CommonErrorCodes.RequestFailed,
        StatusCodes.Status401Unauthorized => CommonErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => CommonErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => CommonErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => CommonErrorCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => CommonErrorCodes.ConcurrencyConflict,
        StatusCodes.Status413PayloadTooLarge => CommonErrorCodes.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => CommonErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => CommonErrorCodes.TooManyRequests,
        >= 500 => CommonErrorCodes.InternalError,
        _ => CommonErrorCodes.RequestFailed,
    };
}
