namespace DasTern.RateLimiting;

/// <summary>Request limits (section <c>RateLimiting</c>), shared by all instances through Redis when it is configured.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute per route, per signed-in user (or per IP address for anonymous callers).</summary>
    public int PermitsPerMinute { get; set; } = 100;

    /// <summary>Requests per minute to the token endpoint per IP address: sign-in is where passwords get guessed.</summary>
    public int TokenPermitsPerMinute { get; set; } = 20;

    /// <summary>Token requests processed at once per instance; each password check costs tens of milliseconds of CPU.</summary>
    public int SignInConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Token requests that may wait for a sign-in slot before being refused with 429.</summary>
    public int SignInQueueLimit { get; set; } = 50;
}
