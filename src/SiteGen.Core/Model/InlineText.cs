using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Core.Model;

/// <summary>Flattens inline content to the unit's plain text: no labels, no footnote markers, no syntax.</summary>
public static class InlineText
{
    /// <summary>The plain text, built in one allocation (none for a single run).</summary>
    public static string Plain(ImmutableArray<Inline> inlines)
    {
        if (inlines is [TextRun only])
        {
            return only.Text;
        }

        var length = Length(inlines);
        return length == 0 ? "" : string.Create(length, inlines, static (text, content) => Copy(content, text));
    }

    /// <summary>The length of the plain text.</summary>
    public static int PlainLength(ImmutableArray<Inline> inlines) => Length(inlines);

    /// <summary>Writes the plain text into <paramref name="text"/>, which holds at least <see cref="PlainLength"/> characters; the length written.</summary>
    public static int CopyPlain(ImmutableArray<Inline> inlines, Span<char> text) => Copy(inlines, text);

    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>The last character of the plain text that is not white space, or null; the text is not built.</summary>
    public static char? LastNonWhiteSpace(ImmutableArray<Inline> inlines)
    {
        for (var i = inlines.Length - 1; i >= 0; i--)
        {
            var found = inlines[i] switch
            {
                TextRun run => LastNonWhiteSpace(run.Text),
                Strong strong => LastNonWhiteSpace(strong.Children),
                Emphasis emphasis => LastNonWhiteSpace(emphasis.Children),
                SymbolLink link => LastNonWhiteSpace(link.Text),
                WebLink link => LastNonWhiteSpace(link.Text),
                NoteRef => null,
                var inline => throw new InvalidOperationException($"unknown inline {inline.GetType().Name}"),
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static char? LastNonWhiteSpace(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.IsEmpty ? null : trimmed[^1];
    }

    private static int Length(ImmutableArray<Inline> inlines)
    {
        var length = 0;
        foreach (var inline in inlines)
        {
            length += inline switch
            {
                TextRun run => run.Text.Length,
                Strong strong => Length(strong.Children),
                Emphasis emphasis => Length(emphasis.Children),
                SymbolLink link => link.Text.Length,
                WebLink link => link.Text.Length,
                NoteRef => 0,
                _ => throw new InvalidOperationException($"unknown inline {inline.GetType().Name}"),
            };
        }

        return length;
    }

    /// <summary>Copies the plain text into <paramref name="text"/>, which holds at least <see cref="Length"/> characters.</summary>
    private static int Copy(ImmutableArray<Inline> inlines, Span<char> text)
    {
        var written = 0;
        foreach (var inline in inlines)
        {
            written += inline switch
            {
                TextRun run => Copy(run.Text, text[written..]),
                Strong strong => Copy(strong.Children, text[written..]),
                Emphasis emphasis => Copy(emphasis.Children, text[written..]),
                SymbolLink link => Copy(link.Text, text[written..]),
                WebLink link => Copy(link.Text, text[written..]),
                _ => 0,
            };
        }

        return written;
    }

    private static int Copy(string piece, Span<char> text)
    {
        piece.CopyTo(text);
        return piece.Length;
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    builder.Append(run.Text);
                    break;
                case Strong strong:
                    Append(builder, strong.Children);
                    break;
                case Emphasis emphasis:
                    Append(builder, emphasis.Children);
                    break;
                case SymbolLink link:
                    builder.Append(link.Text);
                    break;
                case WebLink link:
                    builder.Append(link.Text);
                    break;
                case NoteRef:
                    break;
                default:
                    throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
            }
        }
    }
}
