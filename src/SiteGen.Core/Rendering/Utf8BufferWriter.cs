using System.Buffers;
using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A text writer that encodes UTF-8 (no byte order mark) straight into a byte buffer, such as a pooled output
/// buffer: unlike a <see cref="StreamWriter"/>, it holds no buffers of its own. It fills a span the buffer lends
/// it and hands it back only when the span is full or the text ends, since templates write in many small pieces.
/// Disposing it ends the text (a lone surrogate left at the end is written as U+FFFD, as a stream writer does).
/// </summary>
internal sealed class Utf8BufferWriter(IBufferWriter<byte> output) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Characters encoded at a time, so that the buffer is never asked for much room at once.
    private const int ChunkLength = 1024;

    // Keeps a surrogate pair together when it is split between two writes.
    private readonly Encoder _encoder = Utf8.GetEncoder();

    // The span lent by the buffer and how much of it is written.
    private Memory<byte> _lent;
    private int _used;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var chunk = buffer[..Math.Min(buffer.Length, ChunkLength)];
            var room = Room(Utf8.GetMaxByteCount(chunk.Length));
            _used += _encoder.GetBytes(chunk, room, flush: false);
            buffer = buffer[chunk.Length..];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var room = Room(Utf8.GetMaxByteCount(0));
            _used += _encoder.GetBytes([], room, flush: true);
            output.Advance(_used);
            _lent = default;
            _used = 0;
        }

        base.Dispose(disposing);
    }

    /// <summary>At least <paramref name="bytes"/> of room in the lent span, after what is written; lends a new one when needed.</summary>
    private Span<byte> Room(int bytes)
    {
        if (_lent.Length - _used < bytes)
        {
            output.Advance(_used);
            _lent = output.GetMemory(Math.Max(bytes, ChunkLength * 4));
            _used = 0;
        }

        return _lent.Span[_used..];
    }
}
