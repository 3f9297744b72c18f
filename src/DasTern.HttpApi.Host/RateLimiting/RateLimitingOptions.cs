namespace DasTern.RateLimiting;

/// <summary>Request limits (section <c>RateLimiting</c>), shared by all instances through Redis when it is configured and up.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute per route, per signed-in user (or per IP address for anonymous callers).</summary>
    public int PermitsPerMinute { get; set; } = 100;

    /// <summary>Requests per minute to the token endpoint per IP address: sign-in is where passwords get guessed.</summary>
    public int TokenPermitsPerMinute { get; set; } = 20;

    /// <summary>
    /// Sign-in requests processed at once per instance. A permit is held only while a request is
    /// processed (its body is read before), and half of that is waiting on the database, so twice the
    /// cores keeps the CPU busy without letting a burst of password checks starve the rest of the API.
    /// </summary>
    public int SignInConcurrency { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Sign-in requests that may wait for a permit before being refused with 429.</summary>
    public int SignInQueueLimit { get; set; } = 50;

    /// <summary>Largest sign-in request body; a sign-in form or JSON is a few hundred bytes (413 beyond).</summary>
    public int SignInMaxBodyBytes { get; set; } = 32 * 1024;

    /// <summary>How long a client may take to send a sign-in request body (408 beyond).</summary>
    public TimeSpan SignInBodyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a sign-in request may take once its body is in, waiting for a permit included (503 beyond).</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
