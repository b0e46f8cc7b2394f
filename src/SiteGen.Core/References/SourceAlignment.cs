using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// Maps characters of a text run back to the source. A run's text is its source minus syntax (link brackets,
/// escapes, spaces dropped between Han characters, page-break joins), so each character is looked for in order
/// within the run's source range; a character that cannot be found keeps the last position found. The search
/// starts at <paramref name="floor"/> (where the previous inline ended), because a run's recorded start can lie
/// past its first character once leading space and syntax were trimmed. The result is an approximation that
/// always lies within the searched range.
/// </summary>
internal static class SourceAlignment
{
    public static SourceSpan SpanOf(SourceText source, TextRun run, int floor, int offset, int length)
    {
        var runStart = Math.Clamp(Math.Min(floor, run.Span.Start), 0, source.Text.Length);
        var runEnd = Math.Clamp(run.Span.End, runStart, source.Text.Length);
        var text = run.Text;
        var last = Math.Min(offset + length, text.Length);
        var pointer = runStart;
        var start = -1;
        var end = -1;
        for (var i = 0; i < last; i++)
        {
            var found = source.Text.IndexOf(text[i], pointer, runEnd - pointer);
            var at = found >= 0 ? found : pointer;
            if (found >= 0)
            {
                pointer = found + 1;
            }

            if (i == offset)
            {
                start = at;
            }

            end = found >= 0 ? found + 1 : Math.Max(end, at);
        }

        if (start < 0)
        {
            var approximate = Math.Clamp(runStart + offset, runStart, runEnd);
            return SourceSpan.FromBounds(approximate, Math.Clamp(approximate + length, approximate, runEnd));
        }

        return SourceSpan.FromBounds(start, Math.Clamp(end, start, runEnd));
    }
}
