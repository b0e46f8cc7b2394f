namespace SiteGen.Core.Importing;

/// <summary>
/// Tells a superscript (a note marker, an ordinal's ending) from a line of its own: a superscript is set at most
/// four fifths of the size of the line it belongs to, with its baseline raised above that line's, by less than
/// three quarters of that line's size, and it stands within or just before that line.
/// </summary>
internal static class SuperscriptRecognizer
{
    private const double MaximumSizeRatio = 0.8;
    private const double MaximumRaise = 0.75;

    /// <summary>Whether every glyph of <paramref name="raised"/> is a superscript of the line <paramref name="line"/> below it.</summary>
    public static bool IsSuperscriptOf(ReadOnlySpan<PdfGlyph> raised, ReadOnlySpan<PdfGlyph> line)
    {
        var lineSize = 0.0;
        var lineBaseline = double.NaN;
        var left = double.MaxValue;
        var right = double.MinValue;
        foreach (var glyph in line)
        {
            if (glyph.IsBlank)
            {
                continue;
            }

            lineBaseline = double.IsNaN(lineBaseline) ? glyph.Baseline : lineBaseline;
            lineSize = Math.Max(lineSize, glyph.Size);
            left = Math.Min(left, glyph.Left);
            right = Math.Max(right, glyph.Right);
        }

        if (double.IsNaN(lineBaseline))
        {
            return false;
        }

        left -= 3 * lineSize;
        right += lineSize;
        var any = false;
        foreach (var glyph in raised)
        {
            if (glyph.IsBlank)
            {
                continue;
            }

            var raise = glyph.Baseline - lineBaseline;
            if (glyph.Size > MaximumSizeRatio * lineSize || raise <= 0 || raise > MaximumRaise * lineSize
                || glyph.Left < left || glyph.Right > right)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
