using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace DasTern.Infrastructure;

/// <summary>
/// Put in front of the whole pipeline, lets a test see when the server starts reading the body of a
/// request it named in the <see cref="HeaderName"/> header.
/// </summary>
public sealed class BodyReadProbe : IStartupFilter
{
    public const string HeaderName = "X-Test-Request";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _reads = new(StringComparer.Ordinal);

    public Task ReadStarted(string request) => Signal(request).Task;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var request))
            {
                context.Request.Body = new SignallingStream(context.Request.Body, Signal(request.ToString()));
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    private TaskCompletionSource Signal(string request) =>
        _reads.GetOrAdd(request, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class SignallingStream(Stream inner, TaskCompletionSource read) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            read.TrySetResult();
            return inner.Read(buffer, offset, count);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            read.TrySetResult();
            return inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
