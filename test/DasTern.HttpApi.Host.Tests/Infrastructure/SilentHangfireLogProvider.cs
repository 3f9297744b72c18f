using Hangfire.Logging;

namespace DasTern.Infrastructure;

/// <summary>
/// Hangfire's log provider is one process-wide static that every new host replaces with its own
/// logger factory; with hosts starting and stopping side by side, a Hangfire logger created later
/// could land on a host already disposed. Tests keep Hangfire quiet instead.
/// </summary>
public sealed class SilentHangfireLogProvider : ILogProvider
{
    public static SilentHangfireLogProvider Instance { get; } = new();

    public ILog GetLogger(string name) => SilentLog.Instance;

    private sealed class SilentLog : ILog
    {
        public static SilentLog Instance { get; } = new();

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
