namespace LiveChat.Partners;

/// <summary>
/// A read-only stream of some already-read bytes followed by the rest of another stream (which it does not dispose).
/// Seekable, with a length, when the other stream is: an upload then announces its <c>Content-Length</c> rather than
/// going out chunked, and a retry can send it again.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private readonly long _restStart = rest.CanSeek ? rest.Position : 0;
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => rest.CanSeek;

    public override bool CanWrite => false;

    public override long Length => CanSeek ? prefixLength + (rest.Length - _restStart) : throw new NotSupportedException();

    public override long Position
    {
        get => !CanSeek ? throw new NotSupportedException() : _position < prefixLength ? _position : prefixLength + (rest.Position - _restStart);
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!CanSeek) throw new NotSupportedException();
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
        if (target < prefixLength)
        {
            _position = (int)target;
            rest.Position = _restStart;
        }
        else
        {
            _position = prefixLength;
            rest.Position = _restStart + (target - prefixLength);
        }

        return target;
    }

#if NET8_0_OR_GREATER
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }
#else
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(count, prefixLength - _position);
            Buffer.BlockCopy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, offset, count);
    }
#endif

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_position < prefixLength) return Read(buffer, offset, count);
#if NET8_0_OR_GREATER
        return await rest.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
#else
        return await rest.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
#endif
    }

#if NET8_0_OR_GREATER
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < prefixLength) return Read(buffer.Span);
        return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }
#endif

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
