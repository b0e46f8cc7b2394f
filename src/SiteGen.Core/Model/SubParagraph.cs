using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// A sub-paragraph (<c>(a)</c>, id <c>op19-b</c>) or a second-degree sub-paragraph (<c>(一)</c> or <c>(i)</c>,
/// id <c>op2-a-iii</c>); <see cref="Label"/> is what the source shows. Second-degree ones have no children.
/// </summary>
public sealed record SubParagraph(
    UnitId Id,
    string Label,
    ImmutableArray<Inline> Content,
    ImmutableArray<SubParagraph> Children,
    ImmutableArray<SourceSpan> Segments)
    : Unit(Id, Content, Segments);
