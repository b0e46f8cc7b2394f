using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>An unnumbered paragraph of the preamble; numbered <c>ppN</c> in order of appearance.</summary>
public sealed record PreambularParagraph(UnitId Id, ImmutableArray<Inline> Content, ImmutableArray<SourceSpan> Segments)
    : Unit(Id, Content, Segments);
