using System.Globalization;

namespace DasTern.Security;

/// <summary>
/// Headers every answer carries, <c>Cache-Control: no-store</c> on API answers (they hold health
/// data), and a 413 for declared bodies over the limit before anything reads them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    private readonly long _maxBodyBytes = configuration.GetValue("Kestrel:Limits:MaxRequestBodySize", DefaultMaxRequestBodyBytes);

    public async Task InvokeAsync(HttpContext context, ExceptionHandling.ProblemDetailsWriter writer)
    {
        var isApi = context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (isApi && headers.CacheControl.Count == 0)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            if (isApi)
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });

        if (context.Request.ContentLength > _maxBodyBytes)
        {
            await writer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ExceptionHandling.DasTernErrorCodes.PayloadTooLarge,
                new Dictionary<string, object?> { ["MaxBytes"] = _maxBodyBytes.ToString(CultureInfo.InvariantCulture) });
            return;
        }

        await next(context);
    }
}
