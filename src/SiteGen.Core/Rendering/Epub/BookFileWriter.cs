using System.Text;
using Microsoft.IO;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Writes one rendered file of a book into its buffer as UTF-8, and keeps beside it what the well-formedness check
/// reads first, the file's outline: the file as its template wrote it, literal text and escaped values alike, but with
/// each stretch of the markup SiteGen writes itself (a unit's inline content, a run of units) as one short stand-in.
/// That markup is well-formed by construction and most of a book's text. Until the first stretch of it the outline is
/// the file itself, and is not copied.
/// </summary>
internal sealed class BookFileWriter : TextWriter, IMarkupOutput
{
    /// <summary>
    /// What stands for a stretch of SiteGen's markup in the outline: well-formed in element content, as the markup
    /// is, and nowhere else (in a tag, an attribute value or a comment), with the one namespace prefix the markup
    /// uses; so where the outline is well-formed, the file is too.
    /// </summary>
    internal const string StandIn = "<x epub:type=\"\"/>--";

    private readonly RecyclableMemoryStream _file;
    private readonly Utf8BufferWriter _text;

    // Made at the first stretch of markup.
    private RecyclableMemoryStream? _outline;
    private Utf8BufferWriter? _outlineText;

    // The stand-in of the stretch of markup written last, or null when the last thing written was not markup.
    private string? _stretch;

    private bool _ended;

    public BookFileWriter(RecyclableMemoryStream file)
    {
        _file = file;
        _text = new Utf8BufferWriter(file) { NewLine = "\n" };
        NewLine = "\n";
    }

    public override Encoding Encoding => _text.Encoding;

    /// <summary>The file's buffer.</summary>
    public RecyclableMemoryStream File => _file;

    /// <summary>The outline, after <see cref="End"/>; null when no markup was written, and the outline is the file.</summary>
    public RecyclableMemoryStream? Outline => _outline;

    public override void Write(char value)
    {
        _text.Write(value);
        _outlineText?.Write(value);
        _stretch = null;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _text.Write(buffer);
        _outlineText?.Write(buffer);
        _stretch = null;
    }

    /// <summary>A piece of SiteGen's own markup: into the file, and into the outline as one stand-in per stretch.</summary>
    void IMarkupOutput.Write(string text, int start, int count) => WriteMarkup(text, start, count, StandIn);

    /// <summary>
    /// Where SiteGen writes markup whose stand-in is <paramref name="standIn"/> rather than <see cref="StandIn"/>: markup
    /// with another namespace prefix (the package document's <c>dc:</c>), whose stand-in is well-formed only where that
    /// prefix is declared.
    /// </summary>
    public IMarkupOutput StandingInAs(string standIn) => new StandInOutput(this, standIn);

    private void WriteMarkup(string text, int start, int count, string standIn)
    {
        if (!ReferenceEquals(_stretch, standIn))
        {
            _stretch = standIn;
            if (_outlineText is null)
            {
                // The outline begins as a copy of the file so far.
                _text.Flush();
                _outline = OutputBuffers.Rent("epub-outline");
                foreach (var segment in _file.GetReadOnlySequence())
                {
                    _outline.Write(segment.Span);
                }

                _outlineText = new Utf8BufferWriter(_outline) { NewLine = "\n" };
            }

            _outlineText.Write(standIn);
        }

        _text.Write(text.AsSpan(start, count));
    }

    /// <summary>Ends the text: the file's buffer and the outline hold all of it.</summary>
    public void End()
    {
        if (!_ended)
        {
            _ended = true;
            _text.Dispose();
            _outlineText?.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            End();
            _outline?.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class StandInOutput(BookFileWriter file, string standIn) : IMarkupOutput
    {
        public void Write(string text, int start, int count) => file.WriteMarkup(text, start, count, standIn);
    }
}
