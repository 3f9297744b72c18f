using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DasTern.ExceptionHandling;

/// <summary>
/// Turns exceptions into problem details: our business exceptions carry their status and code;
/// a malformed request is a 400; anything else is a logged 500 with a generic message only.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(ProblemDetailsWriter writer, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case AuthorizationFailedException:
                var authenticated = httpContext.User.Identity?.IsAuthenticated == true;
                await writer.WriteAsync(
                    httpContext,
                    authenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                    authenticated ? DasTernErrorCodes.Forbidden : DasTernErrorCodes.Unauthorized);
                return true;
            case ValidationFailedException validation:
                await writer.WriteAsync(httpContext, validation.HttpStatusCode, validation.Code, errors: validation.Errors);
                return true;
            case BusinessException business:
                logger.LogInformation("Request refused with {Code} ({Status})", business.Code, business.HttpStatusCode);
                await writer.WriteAsync(httpContext, business.HttpStatusCode, business.Code, business.Values);
                return true;
            case BadHttpRequestException badRequest:
                await writer.WriteAsync(httpContext, badRequest.StatusCode, ProblemDetailsCustomizer.CodeForStatus(badRequest.StatusCode));
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception");
                await writer.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, DasTernErrorCodes.InternalError);
                return true;
        }
    }
}
