namespace DasTern;

/// <summary>The configuration every test host and container gets: its own database and Redis key prefix, known secrets.</summary>
public static class TestSettings
{
    public const string AdminEmail = "admin@dastern.test";
    public const string AdminPassword = "salt fields of kampot at dawn 88";
    public const string ServiceClientSecret = "service-client-test-secret";
    public const string MobileClientId = "DasTern_App";
    public const string ServiceClientId = "DasTern_Service";

    public static Dictionary<string, string?> For(TestDatabase database, bool withRedis = true) =>
        For(database.ConnectionString, database.Name, withRedis);

    /// <summary>The same for a database elsewhere (a private server); <paramref name="name"/> keeps its keys and Redis entries apart.</summary>
    public static Dictionary<string, string?> For(string connectionString, string name, bool withRedis = true) => new()
    {
        ["ConnectionStrings:Default"] = connectionString,
        ["Redis:Configuration"] = withRedis ? TestEnvironment.Redis : string.Empty,
        ["Redis:InstanceName"] = $"DasTernTest:{name}:",
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["OpenIddict:MobileClientId"] = MobileClientId,
        ["OpenIddict:ServiceClientId"] = ServiceClientId,
        ["OpenIddict:ServiceClientSecret"] = ServiceClientSecret,
        ["AuthServer:Issuer"] = "http://localhost/",
        ["AuthServer:RequireHttps"] = "false",
        ["AuthServer:DevelopmentKeyDirectory"] = Path.Combine(Path.GetTempPath(), "dastern-test-keys", name),
        // Only the hosts whose tests run jobs start a job server (WithJobServer).
        ["Hangfire:ServerEnabled"] = "false",
        ["Hangfire:WorkerCount"] = "1",
        ["Hangfire:PollInterval"] = "00:00:01",
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = "2525",
        ["Email:Security"] = "None",
        ["Outbox:RetryDelays:0"] = "00:00:01",
        ["Outbox:RetryDelays:1"] = "00:00:01",
        ["Outbox:RetryDelays:2"] = "00:00:01",
        ["RateLimiting:PermitsPerMinute"] = "100000",
        ["RateLimiting:TokenPermitsPerMinute"] = "100000",
        ["RateLimiting:SignInQueueLimit"] = "1000",
        ["Cors:AllowedOrigins:0"] = "https://admin.dastern.test",
    };

    /// <summary><paramref name="settings"/> with an in-host Hangfire server, for tests that need jobs to run.</summary>
    public static Dictionary<string, string?> WithJobServer(IReadOnlyDictionary<string, string?> settings) =>
        new(settings) { ["Hangfire:ServerEnabled"] = "true" };
}
