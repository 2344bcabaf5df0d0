namespace GraphNews.Ingestion.Reading;

/// <summary>
/// A read-only stream that refuses to be read further than a budget of bytes from the point it was last set: a JSON
/// array's items are buffered whole by the parser, so one huge item would otherwise be held in memory before it could be
/// refused. Reading past the budget throws <see cref="ItemTooLargeException"/>.
/// </summary>
internal sealed class ItemBudgetStream(Stream inner) : Stream
{
    private long read;
    private long limit = long.MaxValue;

    /// <summary>Allows <paramref name="bytes"/> more bytes to be read from here on.</summary>
    public void Allow(long bytes) => limit = read + bytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

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

    private int Count(int bytes)
    {
        read += bytes;
        return read > limit ? throw new ItemTooLargeException() : bytes;
    }
}

/// <summary>An item of a JSON array ran past its budget of bytes (see <see cref="ItemBudgetStream"/>).</summary>
internal sealed class ItemTooLargeException() : IOException("The item is larger than the limit for one article.");
