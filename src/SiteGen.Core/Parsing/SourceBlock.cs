using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// One block of the source after Markdown syntax is gone: its converted inline content, the number of the
/// ordered-list marker it stood under (<c>19.</c>, an operative paragraph), and its source span.
/// A stray bullet (<c>- (二)</c>) is syntax and leaves no trace. <see cref="StarNote"/> is 1 for the text of an
/// asterisk note ("* Reissued for technical reasons …"), 2 for a "**" note, else 0; its asterisks are gone.
/// Its plain text and its label are read once, when a recogniser first asks, since several ask of every block;
/// a copy with other content or list number reads them again.
/// </summary>
internal sealed record SourceBlock(ImmutableArray<Inline> Content, int? ListNumber, SourceSpan Span, int StarNote = 0)
{
    private string? _text;
    private (LanguageConventions Conventions, BlockLabel Label, ImmutableArray<Inline> Content)? _labelled;

    public ImmutableArray<Inline> Content
    {
        get;
        init
        {
            field = value;
            _text = null;
            _labelled = null;
        }
    } = Content;

    public int? ListNumber
    {
        get;
        init
        {
            field = value;
            _labelled = null;
        }
    } = ListNumber;

    public string Text => _text ??= InlineText.Plain(Content);

    /// <summary>Whether the block starts with a footnote marker: a footnote text dumped at a page end.</summary>
    public bool IsFootnoteText => StarNote == 0 && !Content.IsEmpty && Content[0] is NoteRef && ListNumber is null;

    /// <summary>The numbering label the block starts with in a language's conventions, and its content without it (<see cref="LabelRecognizer"/>).</summary>
    public (BlockLabel Label, ImmutableArray<Inline> Content) Labelled(LanguageConventions conventions)
    {
        if (_labelled is not { } known || known.Conventions != conventions)
        {
            var (label, content) = LabelRecognizer.Recognize(this, conventions);
            known = (conventions, label, content);
            _labelled = known;
        }

        return (known.Label, known.Content);
    }

    // What the block is, not what has been read of it, makes two blocks equal.
    public bool Equals(SourceBlock? other) =>
        other is not null && Content == other.Content && ListNumber == other.ListNumber && Span == other.Span && StarNote == other.StarNote;

    public override int GetHashCode() => HashCode.Combine(Content, ListNumber, Span, StarNote);
}
