using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace DasTern.Infrastructure;

/// <summary>
/// A redis-server of a test's own on a free loopback port, to stop, start again and hang (SIGSTOP)
/// without touching the Redis every other test shares.
/// </summary>
public sealed class PrivateRedisServer : IAsyncDisposable
{
    private Process? _process;

    private PrivateRedisServer(int port)
    {
        Port = port;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var server = new PrivateRedisServer(FreeTcpPort.Next());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo("redis-server");
        foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--logfile", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Hangs the server: connections stay open, nothing answers.</summary>
    public Task PauseAsync() => ExternalCommand.RunAsync("kill", "-STOP", ProcessId);

    public Task ResumeAsync() => ExternalCommand.RunAsync("kill", "-CONT", ProcessId);

    public async ValueTask DisposeAsync() => await StopAsync();

    private string ProcessId => (_process ?? throw new InvalidOperationException("The server is not running.")).Id.ToString(CultureInfo.InvariantCulture);

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (attempt < 200)
            {
                await Task.Delay(50);
            }
        }
    }
}
