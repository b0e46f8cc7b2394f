using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// Maps characters of a text run back to the source. A run's text is its source minus syntax (link brackets,
/// escapes, spaces dropped between Han characters, page-break joins), so each character is looked for in order
/// within the run's source range, at most <see cref="Window"/> characters past the previous one; a character
/// that cannot be found keeps the last position found. The search starts at <c>floor</c> (where the previous
/// inline ended), because a run's recorded start can lie past its first character once leading space and syntax
/// were trimmed. The result is an approximation that always lies within the run's range. One alignment walks its
/// run once: successive stretches must not go backwards, so splitting a run costs time linear in its length.
/// </summary>
internal sealed class SourceAlignment
{
    /// <summary>The most syntax that can stand between two characters of a run (<c>](#)</c>, <c>**</c>, a line break).</summary>
    private const int Window = 64;

    private readonly string _source;
    private readonly string _text;
    private readonly int _runStart;
    private readonly int _runEnd;
    private int _index;
    private int _pointer;

    public SourceAlignment(SourceText source, TextRun run, int floor)
    {
        _source = source.Text;
        _text = run.Text;
        _runStart = Math.Clamp(Math.Min(floor, run.Span.Start), 0, _source.Length);
        _runEnd = Math.Clamp(run.Span.End, _runStart, _source.Length);
        _pointer = _runStart;
    }

    public static SourceSpan SpanOf(SourceText source, TextRun run, int floor, int offset, int length) =>
        new SourceAlignment(source, run, floor).SpanOf(offset, length);

    /// <summary>The source span of the run's characters from <paramref name="offset"/>; offsets only move forward.</summary>
    public SourceSpan SpanOf(int offset, int length)
    {
        var last = Math.Min(offset + length, _text.Length);
        var start = -1;
        var end = -1;
        for (; _index < last; _index++)
        {
            // Where the source holds the rest of the stretch as it is, each character is found where the one before
            // it ended: the stretch is taken whole, as the search would take it character by character.
            var verbatim = _source.AsSpan(_pointer, _runEnd - _pointer).CommonPrefixLength(_text.AsSpan(_index, last - _index));
            if (verbatim > 1)
            {
                if (offset >= _index && offset < _index + verbatim)
                {
                    start = _pointer + offset - _index;
                }

                if (_index + verbatim > offset)
                {
                    end = _pointer + verbatim;
                }

                _pointer += verbatim;
                _index += verbatim - 1;
                continue;
            }

            var found = _source.IndexOf(_text[_index], _pointer, Math.Min(Window, _runEnd - _pointer));
            var at = found >= 0 ? found : _pointer;
            if (found >= 0)
            {
                _pointer = found + 1;
            }

            if (_index == offset)
            {
                start = at;
            }

            if (_index >= offset)
            {
                end = found >= 0 ? found + 1 : Math.Max(end, at);
            }
        }

        if (start < 0)
        {
            var approximate = Math.Clamp(_runStart + offset, _runStart, _runEnd);
            return SourceSpan.FromBounds(approximate, Math.Clamp(approximate + length, approximate, _runEnd));
        }

        return SourceSpan.FromBounds(start, Math.Clamp(end, start, _runEnd));
    }
}
