using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DasTern.Infrastructure;

/// <summary>
/// A request body of undeclared length (sent chunked): a prefix, then filler bytes; optionally it
/// stalls after the prefix until a task completes, as a client trickling its upload.
/// </summary>
public sealed class StreamingContent : HttpContent
{
    private readonly string _prefix;
    private readonly long _fillerBytes;
    private readonly Task? _stall;

    public StreamingContent(string prefix, long fillerBytes = 0, Task? stallAfterPrefix = null, string mediaType = "application/x-www-form-urlencoded")
    {
        _prefix = prefix;
        _fillerBytes = fillerBytes;
        _stall = stallAfterPrefix;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(_prefix));
        await stream.FlushAsync();
        if (_stall is not null)
        {
            await _stall;
        }

        var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
        for (var written = 0L; written < _fillerBytes; written += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _fillerBytes - written)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
