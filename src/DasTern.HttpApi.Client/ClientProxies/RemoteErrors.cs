using System.Net.Http.Json;
using System.Text.Json;
using DasTern.ExceptionHandling;

namespace DasTern.ClientProxies;

/// <summary>
/// Turns a problem-details answer back into the exception the server threw, with its code, status,
/// localized title as message, values and per-member errors, so a client catches what the server throws.
/// </summary>
public static class RemoteErrors
{
    public const string ProblemMediaType = "application/problem+json";

    public static async Task<Exception> ReadAsync(HttpResponseMessage response, JsonSerializerOptions json)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType != ProblemMediaType)
        {
            // Not our API's answer (a proxy or gateway in between): nothing to map.
            return new HttpRequestException($"The server answered {status} without problem details.", null, response.StatusCode);
        }

        var problem = await response.Content.ReadFromJsonAsync<ProblemAnswer>(json) ?? new ProblemAnswer();
        var code = problem.Code ?? CommonErrorCodes.RequestFailed;
        var message = problem.Title ?? code;
        var data = problem.Data ?? [];
        BusinessException exception = code switch
        {
            CommonErrorCodes.ValidationFailed => new ValidationFailedException(problem.Errors ?? [], message),
            CommonErrorCodes.Unauthorized or CommonErrorCodes.Forbidden => new AuthorizationFailedException(code, message, status),
            CommonErrorCodes.EntityNotFound => new EntityNotFoundException(
                data.GetValueOrDefault("entityType").ToString(),
                ValueOf(data.GetValueOrDefault("id")),
                message),
            CommonErrorCodes.ConcurrencyConflict when status == 409 => new ConcurrencyConflictException(),
            CommonErrorCodes.DuplicateRecord when status == 409 => new DuplicateRecordException(),
            _ => new BusinessException(code, message, status),
        };
        if (exception.Values.Count == 0)
        {
            foreach (var (name, value) in data)
            {
                exception.WithData(name, ValueOf(value));
            }
        }

        return exception;
    }

    private static object? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
