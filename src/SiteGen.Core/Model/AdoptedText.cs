using System.Collections.Immutable;

namespace SiteGen.Core.Model;

/// <summary>
/// The text a resolution adopts and sets out after its own operative paragraph ("*Adopts* the following political
/// declaration …:"), as General Assembly resolution 73/3 does: its heading lines (the declaration's title and
/// subtitle), its own preamble and its own numbered paragraphs, each a unit with an id of its own
/// (<see cref="UnitId.InAdoptedText"/>: <c>decl-pp1</c>, <c>decl-op5</c>). The resolution's paragraph that adopts it
/// stays whole in the resolution's operative part. An annexed text (<paramref name="Annexed"/>: "as contained in the
/// annex to the present resolution") stands after the resolution's adoption line, under the heading "Annex".
/// </summary>
public sealed record AdoptedText(
    ImmutableArray<string> Headings,
    ImmutableArray<PreambularParagraph> Preamble,
    ImmutableArray<OperativeParagraph> Operative,
    bool Annexed = false);
