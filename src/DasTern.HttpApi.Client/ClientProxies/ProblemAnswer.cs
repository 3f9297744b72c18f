using System.Text.Json;

namespace DasTern.ClientProxies;

/// <summary>The members of the server's RFC 9457 answer a client needs to rebuild the exception.</summary>
public sealed class ProblemAnswer
{
    public string? Title { get; set; }

    public string? Code { get; set; }

    public Dictionary<string, string[]>? Errors { get; set; }

    public Dictionary<string, JsonElement>? Data { get; set; }
}
