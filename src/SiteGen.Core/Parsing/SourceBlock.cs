using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// One block of the source after Markdown syntax is gone: its converted inline content, the number of the
/// ordered-list marker it stood under (<c>19.</c>, an operative paragraph), and its source span.
/// A stray bullet (<c>- (二)</c>) is syntax and leaves no trace. <see cref="StarNote"/> is 1 for the text of an
/// asterisk note ("* Reissued for technical reasons …"), 2 for a "**" note, else 0; its asterisks are gone.
/// </summary>
internal sealed record SourceBlock(ImmutableArray<Inline> Content, int? ListNumber, SourceSpan Span, int StarNote = 0)
{
    public string Text => InlineText.Plain(Content);

    /// <summary>Whether the block starts with a footnote marker: a footnote text dumped at a page end.</summary>
    public bool IsFootnoteText => StarNote == 0 && !Content.IsEmpty && Content[0] is NoteRef && ListNumber is null;
}
