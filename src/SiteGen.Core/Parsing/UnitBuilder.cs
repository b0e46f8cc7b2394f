using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>A unit while its segments are still being collected; frozen into a model record at the end.</summary>
internal sealed class UnitBuilder(UnitId id, string label, ImmutableArray<Inline> content, SourceSpan span)
{
    // Most units are one segment: the later ones, of a paragraph a page break split, are listed only when they come.
    private List<SourceSpan>? _moreSegments;

    // Most units have no sub-units: their list is made when the first comes.
    private List<UnitBuilder>? _children;

    public UnitId Id { get; } = id;

    public string Label { get; } = label;

    public ImmutableArray<Inline> Content { get; private set; } = content;

    public IReadOnlyList<UnitBuilder> Children => _children ?? (IReadOnlyList<UnitBuilder>)[];

    public ImmutableArray<SourceSpan> Segments => _moreSegments is null ? [Span] : [Span, .. _moreSegments];

    /// <summary>The first segment's span: where the unit starts.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The last character of the text that is not white space, or null.</summary>
    public char? LastCharacter => InlineText.LastNonWhiteSpace(Content);

    public void AddChild(UnitBuilder child) => (_children ??= []).Add(child);

    /// <summary>
    /// Appends the next segment of a paragraph that a page break split, joined the language's way
    /// (DESIGN.md, "Content model": in Chinese with no space, in English with one).
    /// </summary>
    public void Continue(ImmutableArray<Inline> more, SourceSpan span, string joiner)
    {
        (_moreSegments ??= []).Add(span);
        if (more.IsEmpty)
        {
            return;
        }

        if (Content.IsEmpty)
        {
            Content = more;
            return;
        }

        if (Content[^1] is TextRun last && more[0] is TextRun first)
        {
            var joined = new TextRun(last.Text + joiner + first.Text, SourceSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, first.Span.End)));
            Content = Content.SetItem(Content.Length - 1, joined).AddRange(more.RemoveAt(0));
        }
        else if (joiner.Length > 0 && more[0] is TextRun next)
        {
            Content = Content.AddRange(more.SetItem(0, next with { Text = joiner + next.Text }));
        }
        else
        {
            Content = Content.AddRange(more);
        }
    }
}
