using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// A unit's content flattened to one string for recognition, footnote markers counting as zero-width
/// (DESIGN.md, "References": a list like 第 49/22 号、³² 2023 年… reads through its markers), and the way back:
/// found stretches become links inside the text runs they stand in, the runs split around them.
/// </summary>
internal sealed class UnitText
{
    private readonly ImmutableArray<Inline> _content;
    private readonly int _start;
    private readonly ReadOnlyMemory<char> _text;
    private List<(TextRun Run, int Start, int Floor)>? _runs;

    /// <param name="content">The unit's content.</param>
    /// <param name="start">Where the unit starts in the source: no run's text can come from before it.</param>
    /// <param name="buffer">
    /// Where the text is written when the content is more than one run, if it is long enough; the text is read only
    /// while this unit is, so one buffer serves every unit of a document in turn.
    /// </param>
    public UnitText(ImmutableArray<Inline> content, int start, char[]? buffer = null)
    {
        _content = content;
        _start = start;
        if (content is [TextRun only])
        {
            _text = only.Text.AsMemory();
            return;
        }

        var length = InlineText.PlainLength(content);
        var text = buffer is not null && buffer.Length >= length ? buffer : new char[length];
        InlineText.CopyPlain(content, text);
        _text = text.AsMemory(0, length);
    }

    /// <summary>The unit's content flattened, footnote markers left out.</summary>
    public ReadOnlySpan<char> Text => _text.Span;

    /// <summary>The text runs with where each starts in <see cref="Text"/> and its floor; collected when first asked for.</summary>
    private List<(TextRun Run, int Start, int Floor)> Runs => _runs ??= CollectRuns();

    /// <summary>The source span of a stretch of the text, approximated within the run it stands in.</summary>
    public SourceSpan SpanOf(SourceText source, int start, int length)
    {
        foreach (var (run, runStart, floor) in Runs)
        {
            if (start >= runStart && start < runStart + run.Text.Length)
            {
                return SourceAlignment.SpanOf(source, run, floor, start - runStart, length);
            }
        }

        return SourceSpan.None;
    }

    /// <summary>
    /// The content with each link (sorted, not overlapping) put in place of the text it covers, and a reference
    /// for each symbol link in reading order. A link that would cross a run's edge stays text.
    /// </summary>
    public ImmutableArray<Inline> Link(ImmutableArray<Inline> content, IReadOnlyList<LinkMatch> links, SourceText source, UnitId unit, ICollection<Reference> references)
    {
        var offset = 0;
        var runIndex = 0;
        return Rewrite(content, links, source, unit, references, ref offset, ref runIndex);
    }

    /// <remarks>Walks the content as <see cref="Collect"/> did, so the runs come in the order they were collected.</remarks>
    private ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> content, IReadOnlyList<LinkMatch> links, SourceText source, UnitId unit, ICollection<Reference> references, ref int offset, ref int runIndex)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(content.Length);
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    Split(run, offset, Runs[runIndex++].Floor, links, source, unit, references, result);
                    offset += run.Text.Length;
                    break;
                case Strong strong:
                    result.Add(strong with { Children = Rewrite(strong.Children, links, source, unit, references, ref offset, ref runIndex) });
                    break;
                case Emphasis emphasis:
                    result.Add(emphasis with { Children = Rewrite(emphasis.Children, links, source, unit, references, ref offset, ref runIndex) });
                    break;
                case SymbolLink link:
                    references.Add(new Reference(link.Text, link.Symbol, unit, link.Span));
                    result.Add(link);
                    offset += link.Text.Length;
                    break;
                case WebLink link:
                    result.Add(link);
                    offset += link.Text.Length;
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }

        return result.DrainToImmutable();
    }

    private static void Split(TextRun run, int runStart, int floor, IReadOnlyList<LinkMatch> links, SourceText source, UnitId unit, ICollection<Reference> references, ImmutableArray<Inline>.Builder result)
    {
        SourceAlignment? alignment = null;
        var position = 0;
        for (var index = LinkMatch.FirstAtOrAfter(links, runStart); index < links.Count && links[index].Start < runStart + run.Text.Length; index++)
        {
            var link = links[index];
            var start = link.Start - runStart;
            if (start < position || link.End - runStart > run.Text.Length)
            {
                continue;
            }

            alignment ??= new SourceAlignment(source, run, floor);
            if (start > position)
            {
                var before = run.Text[position..start];
                result.Add(new TextRun(before, alignment.SpanOf(position, before.Length)));
            }

            var text = run.Text.Substring(start, link.Length);
            var span = alignment.SpanOf(start, link.Length);
            if (link.IsWebAddress)
            {
                result.Add(new WebLink(text, link.Target, span));
            }
            else
            {
                result.Add(new SymbolLink(text, link.Target, span));
                references.Add(new Reference(text, link.Target, unit, span));
            }

            position = start + link.Length;
        }

        if (position == 0)
        {
            result.Add(run);
        }
        else if (position < run.Text.Length)
        {
            // A link was placed, so the alignment exists.
            var after = run.Text[position..];
            result.Add(new TextRun(after, alignment!.SpanOf(position, after.Length)));
        }
    }

    private List<(TextRun Run, int Start, int Floor)> CollectRuns()
    {
        var runs = new List<(TextRun Run, int Start, int Floor)>(_content.Length);
        var length = 0;
        var floor = _start;
        Collect(_content, runs, ref length, ref floor);
        return runs;
    }

    private static void Collect(ImmutableArray<Inline> content, List<(TextRun Run, int Start, int Floor)> runs, ref int length, ref int floor)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    runs.Add((run, length, Math.Min(floor, run.Span.Start)));
                    length += run.Text.Length;
                    break;
                case Strong strong:
                    floor = strong.Span.Start;
                    Collect(strong.Children, runs, ref length, ref floor);
                    break;
                case Emphasis emphasis:
                    floor = emphasis.Span.Start;
                    Collect(emphasis.Children, runs, ref length, ref floor);
                    break;
                case SymbolLink link:
                    length += link.Text.Length;
                    break;
                case WebLink link:
                    length += link.Text.Length;
                    break;
            }

            floor = Math.Max(floor, inline.Span.End);
        }
    }
}
