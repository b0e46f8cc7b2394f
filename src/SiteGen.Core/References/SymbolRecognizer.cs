using System.Text.RegularExpressions;

namespace SiteGen.Core.References;

/// <summary>
/// Finds UN document symbols in a text, linked in the source or not (DESIGN.md, "References": <c>A/79/53</c>,
/// <c>A/HRC/37/56/Add.1</c>, <c>CRPD/C/PRK/RQ/1</c>). A symbol's own text is its canonical symbol.
/// </summary>
internal sealed partial class SymbolRecognizer
{
    public IReadOnlyList<LinkMatch> Recognize(ReadOnlySpan<char> text)
    {
        // Every symbol has a slash: a text without one is not searched.
        if (!text.Contains('/'))
        {
            return [];
        }

        List<LinkMatch>? symbols = null;
        foreach (var match in Symbol().EnumerateMatches(text))
        {
            (symbols ??= []).Add(new LinkMatch(match.Index, match.Length, text.Slice(match.Index, match.Length).ToString(), IsWebAddress: false));
        }

        // Not "?? []", which would make an empty list of the left side's type for every text with none.
        if (symbols is null)
        {
            return [];
        }

        return symbols;
    }

    // The shape of a UN document symbol: an organ or series in capitals (A, S, E/CN.4, CRPD), then components
    // separated by slashes: capitals with an optional number (HRC, C.3, RES, L.34), numbers (79, 2024), or an
    // addendum-like suffix (Add.1, Rev.2, Corr.1); a resolution symbol may end in (2016) or (XXI). At least one
    // slash and one digit, so "COVID-19", "HIV/AIDS" and a bare "70/1" are not symbols. ASCII neighbours only:
    // a Han character next to a symbol is an ordinary boundary.
    [GeneratedRegex("""
        (?<![A-Za-z0-9/.\-])
        (?=[A-Za-z0-9./]*[0-9])
        [A-Z]{1,8}(?:\.[0-9]{1,3})?
        (?:/(?:[A-Z]{1,8}(?:\.[0-9]{1,4})?|[0-9]{1,5}|[A-Z][a-z]{1,4}\.[0-9]{1,3}))+
        (?:\((?:[0-9]{4}|[IVXLC]{1,8})\))?
        (?![A-Za-z0-9/])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Symbol();
}
