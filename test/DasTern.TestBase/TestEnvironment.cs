namespace DasTern;

/// <summary>Where the real PostgreSQL and Redis are; test.sh exports both after starting them.</summary>
public static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DASTERN_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=dastern;Password=dastern";

    public static string Redis => Environment.GetEnvironmentVariable("DASTERN_TEST_REDIS") ?? "127.0.0.1:56379";
}
