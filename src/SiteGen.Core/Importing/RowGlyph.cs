namespace SiteGen.Core.Importing;

/// <summary>A glyph placed in a row: whether it is raised as a superscript, and whether a space comes before it.</summary>
internal readonly record struct RowGlyph(PdfGlyph Glyph, bool Superscript, bool SpaceBefore)
{
    public RunStyle Style =>
        (Glyph.Bold ? RunStyle.Bold : RunStyle.None)
        | (Glyph.Italic ? RunStyle.Italic : RunStyle.None)
        | (Superscript ? RunStyle.Superscript : RunStyle.None);
}
