using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// The adoption block of a resolution (DESIGN.md, "Input"): the line or lines as written (footnote references kept,
/// so a note on the vote stays linked), where the UN sets them, and what they say: the meeting, whether it was a
/// plenary meeting, the date, and how the text was adopted. A field the text does not give is null or
/// <see cref="AdoptionMethod.Unknown"/>.
/// </summary>
public sealed record Adoption(
    ImmutableArray<Inline> Content,
    ImmutableArray<SourceSpan> Segments,
    AdoptionPlace Place,
    int? Meeting,
    bool PlenaryMeeting,
    DateOnly? Date,
    AdoptionMethod Method,
    VoteCount? Votes)
{
    /// <summary>The adoption line's plain text, without footnote markers.</summary>
    public string Text => InlineText.Plain(Content);

    public SourceSpan Span => Segments.IsDefaultOrEmpty ? SourceSpan.None : Segments[0];
}
