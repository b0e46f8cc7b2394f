using System.Text;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Writes a book file as a template renders it and, beside it, the file's outline for the well-formedness check:
/// everything the template writes but the units' inline markup, which stands there as <see cref="StandIn"/>. That
/// markup is well-formed by construction (balanced elements, escaped text made safe for XML), so the outline is
/// well-formed exactly when the file is, wherever markup may stand; and the stand-in breaks the outline wherever it
/// may not (in a tag, an attribute value or a comment), as a unit's markup would break the file.
/// </summary>
internal sealed class OutlineWriter(TextWriter file, TextWriter outline) : TextWriter, IInlineMarkupBoundaries
{
    /// <summary>An element, not allowed in a tag or an attribute value, and "--", not allowed in a comment.</summary>
    public const string StandIn = "<x/>--";

    // Inside a unit's markup: written to the file alone.
    private int _markupDepth;

    public override Encoding Encoding => file.Encoding;

    public void MarkupStarts()
    {
        if (_markupDepth++ == 0)
        {
            outline.Write(StandIn);
        }
    }

    public void MarkupEnds() => _markupDepth--;

    public override void Write(char value)
    {
        file.Write(value);
        if (_markupDepth == 0)
        {
            outline.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        file.Write(buffer);
        if (_markupDepth == 0)
        {
            outline.Write(buffer);
        }
    }
}
