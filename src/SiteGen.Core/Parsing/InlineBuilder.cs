using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Accumulates the inline content of one unit: merges adjacent text into one <see cref="TextRun"/>, turns
/// superscript digit runs into <see cref="NoteRef"/>s and drops the PDF noise around them (DESIGN.md, "Input":
/// ASCII spaces before a footnote marker, and in Chinese after it), and removes stray ASCII spaces between two
/// Han characters in Chinese text. <see cref="ToContent"/> leaves it empty, ready for the next unit.
/// </summary>
internal sealed partial class InlineBuilder(LanguageConventions conventions)
{
    private readonly ImmutableArray<Inline>.Builder _inlines = ImmutableArray.CreateBuilder<Inline>();
    private readonly StringBuilder _text = new();
    private int _textStart = -1;
    private int _textEnd;
    private bool _afterMarker;

    public int Count => _inlines.Count + (_text.Length > 0 ? 1 : 0);

    /// <summary>Appends source text whose first character stands at <paramref name="sourceStart"/>.</summary>
    public void AppendText(ReadOnlySpan<char> text, int sourceStart, int sourceEnd)
    {
        var position = 0;
        while (position < text.Length)
        {
            var found = SuperscriptNumber.IndexOfDigit(text[position..]);
            if (found < 0)
            {
                AppendPlain(text[position..], sourceStart + position, sourceEnd);
                return;
            }

            var markerAt = position + found;

            if (markerAt > position)
            {
                AppendPlain(text[position..markerAt], sourceStart + position, sourceStart + markerAt);
            }

            var length = SuperscriptNumber.RunLength(text, markerAt);
            AppendMarker(SuperscriptNumber.Value(text.Slice(markerAt, length)), sourceStart + markerAt, length);
            position = markerAt + length;
        }
    }

    /// <summary>Appends the text that joins two lines or two segments of a paragraph split by a page break.</summary>
    public void AppendJoin(int sourceOffset)
    {
        if (conventions.Joiner.Length > 0 && _text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
        {
            AppendPlain(conventions.Joiner, sourceOffset, sourceOffset);
        }
    }

    public void AppendMarker(int number, int sourceStart, int length)
    {
        TrimTrailingAsciiSpaces();
        Flush();
        _inlines.Add(new NoteRef(number, new SourceSpan(sourceStart, length)));
        _afterMarker = true;
    }

    public void AppendInline(Inline inline)
    {
        Flush();
        _inlines.Add(inline);
        _afterMarker = false;
    }

    /// <summary>The content built, trimmed; the builder starts afresh.</summary>
    public ImmutableArray<Inline> ToContent()
    {
        Flush();
        Trim(_inlines);
        var content = _inlines.ToImmutable();
        _inlines.Clear();
        _textStart = -1;
        _textEnd = 0;
        _afterMarker = false;
        return content;
    }

    private void AppendPlain(ReadOnlySpan<char> text, int sourceStart, int sourceEnd)
    {
        if (_afterMarker)
        {
            // A marker's trailing ASCII space is PDF noise in Chinese; in English it separates words.
            if (conventions.Joiner.Length == 0)
            {
                var skipped = text.Length - text.TrimStart(' ').Length;
                text = text[skipped..];
                sourceStart += skipped;
            }

            if (text.Length == 0)
            {
                return;
            }

            _afterMarker = false;
        }

        if (_textStart < 0)
        {
            _textStart = sourceStart;
        }

        _text.Append(text);
        _textEnd = Math.Max(_textEnd, sourceEnd);
    }

    private void TrimTrailingAsciiSpaces()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }
    }

    private void Flush()
    {
        if (_text.Length == 0)
        {
            _textStart = -1;
            return;
        }

        var text = _text.ToString();
        // Most runs of a Chinese text hold no ASCII space: the pattern runs only where one does.
        if (conventions.Joiner.Length == 0 && text.Contains(' ', StringComparison.Ordinal))
        {
            text = SpaceBetweenHan().Replace(text, "");
        }

        _inlines.Add(new TextRun(text, SourceSpan.FromBounds(_textStart, Math.Max(_textStart, _textEnd))));
        _text.Clear();
        _textStart = -1;
        _textEnd = 0;
    }

    /// <summary>Removes leading whitespace from the first text run and trailing whitespace from the last.</summary>
    internal static ImmutableArray<Inline> Trim(ImmutableArray<Inline> content)
    {
        // Content that needs no trimming, most of it, is not copied.
        if (content.IsEmpty || !NeedsTrim(content))
        {
            return content;
        }

        var builder = content.ToBuilder();
        Trim(builder);
        return builder.ToImmutable();
    }

    /// <summary>Whether <see cref="Trim(ImmutableArray{Inline}.Builder)"/> would change the content.</summary>
    private static bool NeedsTrim(ImmutableArray<Inline> content)
    {
        if ((content[0] is TextRun { Text: [var first, ..] } && char.IsWhiteSpace(first))
            || (content[^1] is TextRun { Text: [.., var last] } && char.IsWhiteSpace(last)))
        {
            return true;
        }

        foreach (var inline in content)
        {
            if (inline is TextRun { Text.Length: 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static void Trim(ImmutableArray<Inline>.Builder content)
    {
        if (content.Count == 0)
        {
            return;
        }

        if (content[0] is TextRun first)
        {
            // Leading white space is literal in the source, so the run now starts that many characters later.
            var trimmed = first.Text.TrimStart();
            var start = Math.Min(first.Span.Start + (first.Text.Length - trimmed.Length), first.Span.End);
            if (trimmed.Length != first.Text.Length || start != first.Span.Start)
            {
                content[0] = first with { Text = trimmed, Span = SourceSpan.FromBounds(start, first.Span.End) };
            }
        }

        if (content[^1] is TextRun last && last.Text.Length > 0 && char.IsWhiteSpace(last.Text[^1]))
        {
            content[^1] = last with { Text = last.Text.TrimEnd() };
        }

        for (var i = content.Count - 1; i >= 0; i--)
        {
            if (content[i] is TextRun { Text.Length: 0 })
            {
                content.RemoveAt(i);
            }
        }
    }

    // Two Han ideographs with ASCII spaces between them: a line-wrap artefact of the PDF conversion.
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF《》“”]) +(?=[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF《》“”])")]
    private static partial Regex SpaceBetweenHan();
}
