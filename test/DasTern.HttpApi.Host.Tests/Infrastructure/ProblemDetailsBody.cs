using System.Text.Json;

namespace DasTern.Infrastructure;

/// <summary>Reads a problem-details answer and checks the members every error must have.</summary>
public static class ProblemDetailsBody
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int status, string code)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("status").GetInt32().ShouldBe(status);
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }
}
