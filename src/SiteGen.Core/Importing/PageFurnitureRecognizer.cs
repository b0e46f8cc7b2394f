using System.Text.RegularExpressions;

namespace SiteGen.Core.Importing;

/// <summary>
/// Finds what the UN's layout prints on every page around the text (DESIGN.md, "Input": the source has no page
/// furniture): at the top of pages after the first, the running head (the symbol, and on some documents the title
/// in small bold type); at the bottom of every page, the job number (<c>18-18142 (E) 021118</c>), the page number
/// (<c>2/5</c>) and the bar code (<c>*1818142*</c>). A row is furniture only where it sits in the page's top or
/// bottom band and looks like one of these, so a note printed low on the page is never taken for furniture.
/// </summary>
internal static partial class PageFurnitureRecognizer
{
    /// <summary>The top band: above this part of the page's height.</summary>
    private const double TopBand = 0.9;

    /// <summary>The bottom band: below this part of the page's height.</summary>
    private const double BottomBand = 0.09;

    public static bool IsFurniture(TextRow row, double pageHeight, double bodySize, string symbol)
    {
        if (row.Baseline > TopBand * pageHeight)
        {
            return row.Page > 1 && (row.Text.Contains(symbol, StringComparison.Ordinal) || row.Size < 0.95 * bodySize);
        }

        return row.Baseline < BottomBand * pageHeight
            && row.Cells().All(cell => cell == symbol || FooterCell().IsMatch(cell.Trim()));
    }

    /// <summary>The job number's language letter (<c>E</c> in <c>18-18142 (E)</c>), when <paramref name="row"/> holds one.</summary>
    public static char? JobLanguageLetter(TextRow row)
    {
        var match = JobNumber().Match(row.Text);
        return match.Success ? match.Groups["letter"].Value[0] : null;
    }

    /// <summary>
    /// A footer cell: a job number with or without its language letter and date (<c>18-18142 (E) 021118</c>), a page
    /// number alone or out of the total (<c>2/5</c>), or a Code 39 bar code between asterisks (<c>*1818142*</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?|\d{1,3}(?:\s*/\s*\d{1,3})?|\*[0-9A-Z]+\*)$")]
    private static partial Regex FooterCell();

    /// <summary>A job number and its language letter: <c>18-18142 (E)</c> (A, C, E, F, R, S for the six languages).</summary>
    [GeneratedRegex(@"\b\d{2}-\d{5}\s*\((?<letter>[ACEFRS])\)")]
    private static partial Regex JobNumber();
}
