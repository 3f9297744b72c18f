using System.Diagnostics;

namespace DasTern.Infrastructure;

/// <summary>Runs a command line for the private servers' set-up and fails with its output when it fails.</summary>
public static class ExternalCommand
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    /// <summary>A shell command run as the postgres user when the tests run as root (PostgreSQL refuses root), as is otherwise.</summary>
    public static Task RunAsPostgresAsync(string command) =>
        IsRoot ? RunAsync("su", "postgres", "-s", "/bin/sh", "-c", command) : RunAsync("/bin/sh", "-c", command);
}
