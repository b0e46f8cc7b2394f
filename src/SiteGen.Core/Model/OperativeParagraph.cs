using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>A numbered paragraph of the operative part; <see cref="Label"/> is the source's (<c>19.</c>).</summary>
public sealed record OperativeParagraph(
    UnitId Id,
    string Label,
    ImmutableArray<Inline> Content,
    ImmutableArray<SubParagraph> Children,
    ImmutableArray<SourceSpan> Segments)
    : Unit(Id, Content, Segments);
