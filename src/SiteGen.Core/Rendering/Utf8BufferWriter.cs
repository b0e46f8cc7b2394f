using System.Buffers;
using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A text writer that encodes UTF-8 (no byte order mark) straight into a byte buffer, such as a pooled output
/// buffer: unlike a <see cref="StreamWriter"/>, it holds no buffers of its own. Disposing it ends the text (a
/// lone surrogate left at the end is written as U+FFFD, as a stream writer does).
/// </summary>
internal sealed class Utf8BufferWriter(IBufferWriter<byte> output) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Characters encoded at a time, so that the buffer is never asked for much room at once.
    private const int ChunkLength = 1024;

    // Keeps a surrogate pair together when it is split between two writes.
    private readonly Encoder _encoder = Utf8.GetEncoder();

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var chunk = buffer[..Math.Min(buffer.Length, ChunkLength)];
            var bytes = output.GetSpan(Utf8.GetMaxByteCount(chunk.Length));
            output.Advance(_encoder.GetBytes(chunk, bytes, flush: false));
            buffer = buffer[chunk.Length..];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var bytes = output.GetSpan(Utf8.GetMaxByteCount(0));
            output.Advance(_encoder.GetBytes([], bytes, flush: true));
        }

        base.Dispose(disposing);
    }
}
