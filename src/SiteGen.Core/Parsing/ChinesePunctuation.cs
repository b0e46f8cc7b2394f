using System.Buffers;
using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Restores the full-width punctuation of a Chinese text where the conversion gave ASCII marks (DESIGN.md, "Input":
/// PDF noise): a comma, semicolon, colon or full stop right after a Chinese character or closing mark is the
/// full-width one (，；：。), as the official text has it. Marks between digits or Latin letters ("1,000", "A/79/53.")
/// stay. Each mark keeps its place, so source positions are unchanged; one warning says how many were read so.
/// </summary>
internal static class ChinesePunctuation
{
    private static readonly SearchValues<char> AsciiMarks = SearchValues.Create(",;:.");

    public static void Restore(List<SourceBlock> blocks, SourceText source, DiagnosticBag diagnostics)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var content = Restore(blocks[i].Content, ref count, ref first);
            if (content != blocks[i].Content)
            {
                blocks[i] = blocks[i] with { Content = content };
            }
        }

        if (count > 0)
        {
            diagnostics.Report(DiagnosticCatalog.AsciiPunctuation, source, first, count);
        }
    }

    private static ImmutableArray<Inline> Restore(ImmutableArray<Inline> content, ref int count, ref int first)
    {
        var restored = content;
        for (var i = 0; i < content.Length; i++)
        {
            Inline? replacement = content[i] switch
            {
                TextRun run when Restore(run, ref count, ref first) is { } text => run with { Text = text },
                Strong strong when Restore(strong.Children, ref count, ref first) is var children && children != strong.Children => strong with { Children = children },
                Emphasis emphasis when Restore(emphasis.Children, ref count, ref first) is var children && children != emphasis.Children => emphasis with { Children = children },
                _ => null,
            };
            if (replacement is not null)
            {
                restored = restored.SetItem(i, replacement);
            }
        }

        return restored;
    }

    private static string? Restore(TextRun run, ref int count, ref int first)
    {
        char[]? text = null;
        // Most runs hold no ASCII mark at all; the search skips to each one there is.
        for (var i = NextMark(run.Text, 1); i >= 0; i = NextMark(run.Text, i + 1))
        {
            var mark = run.Text[i] switch { ',' => '，', ';' => '；', ':' => '：', _ => '。' };
            if (IsChineseOrClosing(run.Text[i - 1]) && (i + 1 == run.Text.Length || !char.IsAsciiLetterOrDigit(run.Text[i + 1])))
            {
                text ??= run.Text.ToCharArray();
                text[i] = mark;
                if (count++ == 0)
                {
                    // Where the run's text maps one to one onto the source, the mark's own place; else the run's.
                    first = run.Span.Length == run.Text.Length ? run.Span.Start + i : run.Span.Start;
                }
            }
        }

        return text is null ? null : new string(text);
    }

    /// <summary>Where the next ASCII comma, semicolon, colon or full stop at or after <paramref name="from"/> is, or -1.</summary>
    private static int NextMark(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text.AsSpan(from).IndexOfAny(AsciiMarks);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsChineseOrClosing(char c) => c is >= '\u4E00' and <= '\u9FFF' or '》' or '」' or '』' or '”' or '）' or '〕' or '］';
}
