using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Http.Features;

namespace DasTern.Security;

/// <summary>
/// Holds every request body to <c>Kestrel:Limits:MaxRequestBodySize</c>, chunked bodies included. A
/// declared length over it is refused before anything reads; otherwise the server's limit is set for
/// the request (Kestrel then stops a chunked body there), and where the server enforces none (the
/// in-memory test server) the body is counted as it is read. Either way the answer is a 413.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string ConfigurationKey = "Kestrel:Limits:MaxRequestBodySize";
    public const long DefaultMaxBytes = 1024 * 1024;

    private readonly long _maxBytes = configuration.GetValue(ConfigurationKey, DefaultMaxBytes);

    public async Task InvokeAsync(HttpContext context, ProblemDetailsWriter writer)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is null)
        {
            var counted = new LimitedRequestBody(context.Request.Body);
            context.Request.Body = counted;
            context.Features.Set<IHttpMaxRequestBodySizeFeature>(counted);
            limit = counted;
        }

        if (!limit.IsReadOnly)
        {
            limit.MaxRequestBodySize = _maxBytes;
        }

        if (context.Request.ContentLength > limit.MaxRequestBodySize)
        {
            await WriteTooLargeAsync(context, writer);
            return;
        }

        await next(context);
    }

    /// <summary>The 413 answer, naming the limit that applies to the request.</summary>
    public static ValueTask WriteTooLargeAsync(HttpContext context, ProblemDetailsWriter writer, long? maxBytes = null) =>
        writer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, CommonErrorCodes.PayloadTooLarge, new Dictionary<string, object?>
        {
            ["MaxBytes"] = maxBytes ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize,
        });
}
