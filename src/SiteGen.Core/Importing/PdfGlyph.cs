namespace SiteGen.Core.Importing;

/// <summary>
/// One drawn character of a PDF page, in PDF user space (points, y upwards): where its baseline starts and ends,
/// its size and whether its font is bold or italic. A blank glyph (a drawn space) only says that a space is there.
/// </summary>
internal readonly record struct PdfGlyph(string Value, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
