using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// A citable unit of the text. <see cref="Segments"/> are the source ranges it was assembled from, in order:
/// more than one when a page break split it and a footnote block stood in between.
/// </summary>
public abstract record Unit(UnitId Id, ImmutableArray<Inline> Content, ImmutableArray<SourceSpan> Segments)
{
    /// <summary>The unit's own text, without label, footnote markers or syntax.</summary>
    public string Text => InlineText.Plain(Content);

    public SourceSpan Span => Segments.IsDefaultOrEmpty ? SourceSpan.None : Segments[0];
}
