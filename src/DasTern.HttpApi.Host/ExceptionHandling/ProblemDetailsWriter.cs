using System.Text.Json;
using DasTern.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DasTern.ExceptionHandling;

/// <summary>Writes one RFC 9457 answer: stable <c>code</c>, localized <c>title</c>, optional <c>errors</c>, and the trace id.</summary>
public sealed class ProblemDetailsWriter(IProblemDetailsService problemDetailsService, JsonStringLocalizer localizer)
{
    public const string DataKey = "data";

    public ValueTask WriteAsync(
        HttpContext httpContext,
        int statusCode,
        string code,
        IReadOnlyDictionary<string, object?>? values = null,
        IReadOnlyDictionary<string, string[]>? errors = null,
        Exception? exception = null)
    {
        httpContext.Response.StatusCode = statusCode;
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors.ToDictionary(pair => pair.Key, pair => pair.Value));
        problem.Status = statusCode;
        problem.Title = localizer.Format(code, values);
        problem.Extensions[ProblemDetailsCustomizer.CodeKey] = code;
        if (values is { Count: > 0 })
        {
            // camelCase like every other member name in our JSON; the title was filled from the original names.
            problem.Extensions[DataKey] = values.ToDictionary(pair => JsonNamingPolicy.CamelCase.ConvertName(pair.Key), pair => pair.Value, StringComparer.Ordinal);
        }

        return problemDetailsService.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
