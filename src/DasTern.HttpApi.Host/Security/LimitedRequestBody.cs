using Microsoft.AspNetCore.Http.Features;

namespace DasTern.Security;

/// <summary>
/// What Kestrel does with its body size limit, for a server that does not (the in-memory test
/// server): counts the bytes read and fails the read that goes past the limit with a 413.
/// </summary>
public sealed class LimitedRequestBody(Stream inner) : Stream, IHttpMaxRequestBodySizeFeature
{
    private long _bytesRead;

    /// <summary>As with Kestrel, the limit can change only until the body is being read.</summary>
    public bool IsReadOnly => _bytesRead > 0;

    public long? MaxRequestBodySize { get; set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _bytesRead += read;
        if (_bytesRead > MaxRequestBodySize)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return read;
    }
}
