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
/// footnote texts set on consecutive lines become one block each.
/// </summary>
internal sealed class BlockFlattener(InlineConverter converter)
{
    public IEnumerable<SourceBlock> Flatten(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            foreach (var flat in Flatten(block, listNumber: null))
            {
                yield return flat;
            }
        }
    }

    private IEnumerable<SourceBlock> Flatten(Block block, int? listNumber)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    // The ordered marker belongs to the item's first block only; a bullet is a stray marker.
                    int? number = list.IsOrdered && int.TryParse(item.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), out var order) ? order : null;
                    var first = true;
                    foreach (var child in item)
                    {
                        foreach (var flat in Flatten(child, first ? number : null))
                        {
                            yield return flat;
                        }

                        first = false;
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    foreach (var flat in Flatten(child, listNumber))
                    {
                        yield return flat;
                        listNumber = null;
                    }
                }

                break;
            case LeafBlock { Inline: { } inline } leaf:
                foreach (var part in SplitFootnoteLines(inline))
                {
                    var content = converter.Convert(part);
                    if (!content.IsEmpty)
                    {
                        yield return new SourceBlock(content, listNumber, Span(leaf, part));
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

                var text = builder.ToContent();
                if (!text.IsEmpty)
                {
                    yield return new SourceBlock(text, listNumber, SourceSpan.FromBounds(code.Span.Start, code.Span.End + 1));
                }

                break;
        }
    }

    private static SourceSpan Span(LeafBlock leaf, IReadOnlyList<MdInline> part)
    {
        if (part.Count == 0)
        {
            return SourceSpan.FromBounds(leaf.Span.Start, leaf.Span.End + 1);
        }

        var start = part[0].Span.Start;
        var end = part[^1].Span.End + 1;
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
