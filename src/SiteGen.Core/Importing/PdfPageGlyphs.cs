using System.Collections.Immutable;

namespace SiteGen.Core.Importing;

/// <summary>The glyphs of one page (numbered from 1) with the page's size in points.</summary>
internal sealed record PdfPageGlyphs(int Number, double Width, double Height, ImmutableArray<PdfGlyph> Glyphs);
