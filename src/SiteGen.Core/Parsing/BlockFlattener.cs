using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core.Diagnostics;
using SourceSpan = SiteGen.Core.Diagnostics.SourceSpan;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Walks the Markdig syntax tree and yields the document's blocks in source order, flattening lists, quotes and
/// headings. A paragraph that starts with a footnote marker is split at every line that starts with one, so
/// footnote texts set on consecutive lines become one block each. An asterisk note's text ("* Reissued for technical
/// reasons …", a Markdown bullet item under "*", or "** …" left as text) is marked as one, its asterisks taken off.
/// </summary>
internal sealed class BlockFlattener(InlineConverter converter)
{
    public List<SourceBlock> Flatten(MarkdownDocument document)
    {
        // About one block per top-level block: lists add some, blank lines take some away.
        var blocks = new List<SourceBlock>(document.Count);
        foreach (var block in document)
        {
            Flatten(block, listNumber: null, blocks);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].StarNote == 0 && blocks[i].ListNumber is null && StarsAtStart(blocks[i].Content) is { } stars and > 0)
            {
                blocks[i] = blocks[i] with { Content = InlineBuilder.Trim(StripStart(blocks[i].Content, stars)), StarNote = stars };
            }
        }

        return blocks;
    }

    /// <summary>The number of asterisks that open the content followed by a space, or null.</summary>
    private static int? StarsAtStart(ImmutableArray<Model.Inline> content)
    {
        if (content.IsEmpty || content[0] is not Model.TextRun { Text: var text })
        {
            return null;
        }

        var count = 0;
        while (count < text.Length && text[count] is '*' or '＊')
        {
            count++;
        }

        return count is > 0 and <= 3 && count < text.Length && char.IsWhiteSpace(text[count]) ? count : null;
    }

    private static ImmutableArray<Model.Inline> StripStart(ImmutableArray<Model.Inline> content, int length)
    {
        var first = (Model.TextRun)content[0];
        return content.SetItem(0, new Model.TextRun(first.Text[length..], SourceSpan.FromBounds(first.Span.Start + length, first.Span.End)));
    }

    private void Flatten(Block block, int? listNumber, List<SourceBlock> blocks)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    // The ordered marker belongs to the item's first block only; a bullet is a stray marker.
                    int? number = list.IsOrdered ? item.Order : null;
                    var first = true;
                    foreach (var child in item)
                    {
                        var before = blocks.Count;
                        Flatten(child, first ? number : null, blocks);

                        // Under a "*" bullet, a block with no label of its own is an asterisk note's text.
                        if (first && !list.IsOrdered && list.BulletType == '*' && blocks.Count > before
                            && blocks[before].Labelled(converter.Conventions).Label.IsNone
                            && !blocks[before].IsFootnoteText)
                        {
                            blocks[before] = blocks[before] with { StarNote = 1 };
                        }

                        first = false;
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    var before = blocks.Count;
                    Flatten(child, listNumber, blocks);
                    if (blocks.Count > before)
                    {
                        listNumber = null;
                    }
                }

                break;
            case LeafBlock { Inline: { } inline } leaf when !StartsWithMarker(inline.FirstChild):
                Add(converter.Convert(inline), listNumber, Span(leaf, inline.FirstChild, inline.LastChild), blocks);
                break;
            case LeafBlock { Inline: { } inline } leaf:
                foreach (var part in SplitFootnoteLines(inline))
                {
                    if (Add(converter.Convert(part), listNumber, Span(leaf, part.Count > 0 ? part[0] : null, part.Count > 0 ? part[^1] : null), blocks))
                    {
                        listNumber = null;
                    }
                }

                break;
            case LeafBlock { Lines.Count: > 0 } code:
                // An indented line (a code block in Markdown) is text the PDF conversion happened to indent.
                var builder = new InlineBuilder(converter.Conventions);
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    if (builder.Count > 0)
                    {
                        builder.AppendJoin(line.Position);
                    }

                    builder.AppendText(line.Slice.AsSpan(), line.Slice.Start, line.Slice.End + 1);
                }

                Add(builder.ToContent(), listNumber, SourceSpan.FromBounds(code.Span.Start, code.Span.End + 1), blocks);
                break;
        }
    }

    /// <summary>Adds a block unless it has no content; whether it did.</summary>
    private static bool Add(ImmutableArray<Model.Inline> content, int? listNumber, SourceSpan span, List<SourceBlock> blocks)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        blocks.Add(new SourceBlock(content, listNumber, span));
        return true;
    }

    /// <summary>The span of the inlines from <paramref name="first"/> to <paramref name="last"/>, or of the leaf.</summary>
    private static SourceSpan Span(LeafBlock leaf, MdInline? first, MdInline? last)
    {
        if (first is null || last is null)
        {
            return SourceSpan.FromBounds(leaf.Span.Start, leaf.Span.End + 1);
        }

        var start = first.Span.Start;
        var end = last.Span.End + 1;
        return end > start ? SourceSpan.FromBounds(start, end) : SourceSpan.FromBounds(leaf.Span.Start, leaf.Span.End + 1);
    }

    private static IEnumerable<IReadOnlyList<MdInline>> SplitFootnoteLines(ContainerInline inline)
    {
        var current = new List<MdInline>();
        var startsWithMarker = StartsWithMarker(inline.FirstChild);
        foreach (var child in inline)
        {
            if (startsWithMarker && child is LineBreakInline && StartsWithMarker(child.NextSibling) && current.Count > 0)
            {
                yield return current;
                current = [];
                continue;
            }

            current.Add(child);
        }

        yield return current;
    }

    private static bool StartsWithMarker(MdInline? inline) =>
        inline is LiteralInline literal && literal.Content.Length > 0 && SuperscriptNumber.IsDigit(literal.Content[0]);
}
