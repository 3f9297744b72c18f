using System.Diagnostics;
using System.Net;

namespace DasTern.Infrastructure;

/// <summary>Waits for something another instance or a background loop brings about, within a generous bound.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(30);

    /// <summary>Polls until <paramref name="condition"/> holds; false when the bound passed first.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? bound = null)
    {
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > (bound ?? DefaultBound))
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan? bound = null) => TrueAsync(() => Task.FromResult(condition()), bound);

    /// <summary>Sends the request until it answers <paramref name="expected"/>; returns the last status seen.</summary>
    public static async Task<HttpStatusCode> StatusAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected, TimeSpan? bound = null)
    {
        var last = default(HttpStatusCode);
        await TrueAsync(
            async () =>
            {
                using var response = await send();
                last = response.StatusCode;
                return last == expected;
            },
            bound);
        return last;
    }
}
