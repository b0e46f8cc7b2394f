using System.Collections.Immutable;
using Markdig.Syntax.Inlines;
using SiteGen.Core.Diagnostics;
using SourceSpan = SiteGen.Core.Diagnostics.SourceSpan;
using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = SiteGen.Core.Model.Inline;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Turns Markdig inlines into the model's inline content. Markdown is syntax, not text (DESIGN.md, "Input"):
/// links keep only their text (the targets are dead <c>(#)</c> links, and symbols are recognised later),
/// escapes are resolved, bold and italics become <see cref="Model.Strong"/> and <see cref="Model.Emphasis"/>,
/// line breaks join the way the language joins. Raw HTML is off in the pipeline, so it arrives as text.
/// </summary>
internal sealed class InlineConverter(LanguageConventions conventions)
{
    // One builder per level of emphasis nesting, reused from block to block.
    private readonly List<InlineBuilder> _builders = [];
    private int _depth;

    public LanguageConventions Conventions => conventions;

    public ImmutableArray<ModelInline> Convert(IReadOnlyList<MdInline> inlines)
    {
        var builder = Enter();
        for (var i = 0; i < inlines.Count; i++)
        {
            Visit(inlines[i], builder);
        }

        return Leave(builder);
    }

    public ImmutableArray<ModelInline> Convert(ContainerInline container)
    {
        var builder = Enter();
        foreach (var inline in container)
        {
            Visit(inline, builder);
        }

        return Leave(builder);
    }

    private InlineBuilder Enter()
    {
        if (_depth == _builders.Count)
        {
            _builders.Add(new InlineBuilder(conventions));
        }

        return _builders[_depth++];
    }

    private ImmutableArray<ModelInline> Leave(InlineBuilder builder)
    {
        _depth--;
        return builder.ToContent();
    }

    private void Visit(MdInline inline, InlineBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.AppendText(literal.Content.AsSpan(), literal.Span.Start, literal.Span.End + 1);
                break;
            case CodeInline code:
                builder.AppendText(code.Content, code.Span.Start, code.Span.End + 1);
                break;
            case LineBreakInline lineBreak:
                builder.AppendJoin(lineBreak.Span.Start);
                break;
            case HtmlEntityInline entity:
                builder.AppendText(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.End + 1);
                break;
            case HtmlInline html:
                builder.AppendText(html.Tag, html.Span.Start, html.Span.End + 1);
                break;
            case AutolinkInline autolink:
                builder.AppendText(autolink.Url, autolink.Span.Start, autolink.Span.End + 1);
                break;
            case EmphasisInline emphasis:
                var children = Convert(emphasis);
                var span = SourceSpan.FromBounds(emphasis.Span.Start, emphasis.Span.End + 1);
                if (!children.IsEmpty)
                {
                    builder.AppendInline(emphasis.DelimiterCount >= 2
                        ? new Model.Strong(children, span)
                        : new Model.Emphasis(children, span));
                }

                break;
            case DelimiterInline delimiter:
                // An opening bracket Markdig found no close for ("[Adopted by a recorded vote …" running over several
                // paragraphs) is text, followed by what it holds.
                var mark = delimiter.ToLiteral();
                builder.AppendText(mark.AsSpan(), delimiter.Span.Start, delimiter.Span.Start + mark.Length);
                foreach (var child in delimiter)
                {
                    Visit(child, builder);
                }

                break;
            case ContainerInline container:
                // Links (dead or not) and anything else that holds inlines: keep the text, drop the syntax.
                foreach (var child in container)
                {
                    Visit(child, builder);
                }

                break;
        }
    }
}
