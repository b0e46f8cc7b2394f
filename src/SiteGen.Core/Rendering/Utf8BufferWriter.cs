using System.Buffers;
using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A text writer that encodes UTF-8 (no byte order mark) straight into a byte buffer, such as a pooled output
/// buffer: unlike a <see cref="StreamWriter"/>, it holds no byte buffer of its own. Templates write in many small
/// pieces, so the pieces are gathered in a block of characters that is encoded in one call when it is full or
/// the text ends. Disposing it ends the text (a lone surrogate left at the end is written as U+FFFD, as a stream
/// writer does). Markup written from inside a template (<see cref="IMarkupOutput"/>) comes to it straight, not through
/// the template's output.
/// </summary>
internal sealed class Utf8BufferWriter(IBufferWriter<byte> output) : TextWriter, IMarkupOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Characters gathered before they are encoded; a longer write is encoded in pieces of this length.
    private const int BlockLength = 2048;

    // Keeps a surrogate pair together when it is split between two blocks.
    private readonly Encoder _encoder = Utf8.GetEncoder();

    // Borrowed from the shared pool until the text ends: a writer is made for every page and every file of a book.
    private char[] _block = ArrayPool<char>.Shared.Rent(BlockLength);

    // How much of the block is gathered.
    private int _gathered;

    public override Encoding Encoding => Utf8;

    public override void Write(char value)
    {
        if (_gathered == BlockLength)
        {
            Encode(flush: false);
        }

        _block[_gathered++] = value;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    void IMarkupOutput.Write(string text, int start, int count) => Write(text.AsSpan(start, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_gathered == BlockLength)
            {
                Encode(flush: false);
            }

            var piece = buffer[..Math.Min(buffer.Length, BlockLength - _gathered)];
            piece.CopyTo(_block.AsSpan(_gathered));
            _gathered += piece.Length;
            buffer = buffer[piece.Length..];
        }
    }

    /// <summary>
    /// The buffer, holding all the text written so far, for markup made as UTF-8 (a page's JSON-LD) to be written
    /// into straight after it. The text so far is ended (as at <see cref="Dispose(bool)"/>): what follows is bytes.
    /// </summary>
    public IBufferWriter<byte> Bytes()
    {
        Encode(flush: true);
        return output;
    }

    /// <summary>Encodes what is gathered into the buffer, so that the buffer holds all the text written so far.</summary>
    public override void Flush() => Encode(flush: false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _block.Length > 0)
        {
            Encode(flush: true);
            ArrayPool<char>.Shared.Return(_block);
            _block = [];
        }

        base.Dispose(disposing);
    }

    /// <summary>Encodes the gathered characters into the buffer; <paramref name="flush"/> ends the text.</summary>
    private void Encode(bool flush)
    {
        var characters = _block.AsSpan(0, _gathered);
        var room = output.GetSpan(Utf8.GetMaxByteCount(characters.Length));
        output.Advance(_encoder.GetBytes(characters, room, flush));
        _gathered = 0;
    }
}
