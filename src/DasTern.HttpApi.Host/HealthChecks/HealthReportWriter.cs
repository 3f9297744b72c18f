using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DasTern.HealthChecks;

/// <summary>The readiness answer as JSON: the overall status and each dependency's, so an operator sees which one is down.</summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    entry => entry.Key,
                    entry => new
                    {
                        status = entry.Value.Status.ToString(),
                        description = entry.Value.Description,
                        durationMs = (int)entry.Value.Duration.TotalMilliseconds,
                        data = entry.Value.Data.Count == 0 ? null : entry.Value.Data,
                    }),
            },
            Json));
    }
}
