using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.Publishing;

/// <summary>
/// Where one language version of a document is published, relative to the site root (DESIGN.md, "Outputs"):
/// the page at <c>zh/A/C.3/79/L.34/index.html</c> (the symbol's slashes are path segments, as on undocs.org),
/// the e-book beside it as <c>A-C.3-79-L.34.zh.epub</c>, the model as <c>A-C.3-79-L.34.zh.json</c>.
/// Symbols are validated so that no path built from one can leave the output folder.
/// </summary>
public sealed partial record EditionPaths(string Symbol, UnLanguage Language)
{
    /// <summary>The folder under a document page that holds its parallel views.</summary>
    public const string ParallelSegment = "parallel";

    /// <summary>File name of every document page: its folder is its address.</summary>
    public const string PageFileName = "index.html";

    /// <summary>Folder of the document page, relative to the site root, with a trailing slash: <c>zh/A/C.3/79/L.34/</c>.</summary>
    public string Directory => $"{Language.Code}/{Symbol}/";

    /// <summary>Writes <see cref="Directory"/> into a buffer, for a path made for every document of every build.</summary>
    public bool TryWriteDirectory(Span<char> destination, out int written) => destination.TryWrite($"{Language.Code}/{Symbol}/", out written);

    public string Page => Directory + PageFileName;

    public string FileStem => $"{Symbol.Replace('/', '-')}.{Language.Code}";

    public string EpubFileName => FileStem + ".epub";

    public string ModelFileName => FileStem + ".json";

    public string Epub => Directory + EpubFileName;

    /// <summary>
    /// Folder of the parallel view of this version beside another (<c>zh/A/C.3/79/L.34/parallel/en/</c>): under the
    /// page of the version it is read from, whose language its own text and controls speak.
    /// </summary>
    public string ParallelDirectory(UnLanguage other) => $"{Directory}{ParallelSegment}/{other.Code}/";

    /// <summary>The relative path from a parallel view back to the site root: two folders deeper than the page.</summary>
    public string RootFromParallel => RootFromPage + "../../";

    public string Model => Directory + ModelFileName;

    /// <summary>How many folders deep the page is: the number of <c>../</c> that lead back to the site root.</summary>
    public int Depth => Directory.Count(c => c == '/');

    /// <summary>The relative path from the document page back to the site root: <c>../../../../../</c>.</summary>
    public string RootFromPage => string.Concat(Enumerable.Repeat("../", Depth));

    /// <summary>undocs.org address of a symbol in this language: <c>https://undocs.org/zh/A/RES/78/218</c>.</summary>
    public string UndocsUrl(string symbol) => $"https://undocs.org/{Language.Code}/{symbol}";

    /// <summary>
    /// The symbol in the form SiteGen uses in paths and links (DESIGN.md, "References": <c>S/RES/2446(2018)</c>)
    /// from the official form, which sets a space before the year or session (<c>S/RES/2446 (2018)</c>,
    /// <c>A/RES/2758 (XXVI)</c>).
    /// </summary>
    public static string CanonicalSymbol(string symbol)
    {
        var trimmed = symbol.Trim();
        var at = trimmed.IndexOf(" (", StringComparison.Ordinal);
        return at < 0 ? trimmed : trimmed[..at].TrimEnd() + trimmed[at..].TrimStart();
    }

    /// <summary>The longest file name, in bytes, file systems allow (Linux's NAME_MAX, and most others').</summary>
    public const int FileNameLimit = 255;

    /// <summary>
    /// The length in bytes of the longest file name a symbol gives: its e-book's and its model's, the symbol with
    /// dashes for slashes and the language code (two letters for every UN language).
    /// </summary>
    public static int LongestFileName(string symbol) =>
        System.Text.Encoding.UTF8.GetByteCount(new EditionPaths(symbol, UnLanguage.Find("en")).EpubFileName);

    /// <summary>
    /// Whether a symbol is safe as a path: slash-separated segments of letters, digits, '.', '-', '(' and ')', none of
    /// them "." or "..", nor "parallel" (a document there would sit among another's parallel views).
    /// </summary>
    public static bool IsSafeSymbol(string symbol)
    {
        if (!SafeSymbol().IsMatch(symbol))
        {
            return false;
        }

        // Checked for every document of every build: the segments are looked at in place, not split into strings.
        foreach (var range in symbol.AsSpan().Split('/'))
        {
            var segment = symbol.AsSpan(range);
            if (segment is "." or ".." or ParallelSegment || IsFileName(segment))
            {
                return false;
            }
        }

        return true;
    }

    // A segment named like a file a document's folder holds (its page, e-book or model) would make one document's
    // folder collide with another's file: A/index.html beside A.
    private static bool IsFileName(ReadOnlySpan<char> segment) =>
        segment.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || segment.EndsWith(".epub", StringComparison.OrdinalIgnoreCase)
        || segment.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // A UN symbol as a path: segments such as "A", "C.3", "79", "L.34", "RES", "2200(XXI)".
    [GeneratedRegex(@"^[A-Za-z0-9().\-]{1,40}(/[A-Za-z0-9().\-]{1,40}){0,9}$")]
    private static partial Regex SafeSymbol();
}
