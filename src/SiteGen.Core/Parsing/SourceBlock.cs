using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// One block of the source after Markdown syntax is gone: its converted inline content, the number of the
/// ordered-list marker it stood under (<c>19.</c>, an operative paragraph), and its source span.
/// A stray bullet (<c>- (二)</c>) is syntax and leaves no trace.
/// </summary>
internal sealed record SourceBlock(ImmutableArray<Inline> Content, int? ListNumber, SourceSpan Span)
{
    public string Text => InlineText.Plain(Content);

    /// <summary>Whether the block starts with a footnote marker: a footnote text dumped at a page end.</summary>
    public bool IsFootnoteText => !Content.IsEmpty && Content[0] is NoteRef && ListNumber is null;
}
