using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// A footnote, numbered or an asterisk note ("* Reissued for technical reasons …"). <see cref="Repeats"/> is set for an "ibid." note (同上): the number of the earlier note whose
/// source it repeats (followed through chains of ibid. notes to the first that names its source).
/// </summary>
public sealed record Footnote(UnitId Id, ImmutableArray<Inline> Content, ImmutableArray<SourceSpan> Segments, int? Repeats = null)
    : Unit(Id, Content, Segments)
{
    public int Number => Id.Number;

    /// <summary>Whether this is an asterisk note (<c>fn-star</c>) rather than a numbered one.</summary>
    public bool IsStarNote => Id.Kind == UnitKind.StarNote;
}
