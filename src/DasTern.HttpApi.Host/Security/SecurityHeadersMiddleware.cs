namespace DasTern.Security;

/// <summary>Headers every answer carries, and <c>Cache-Control: no-store</c> on API answers (they hold health data).</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
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

        return next(context);
    }
}
