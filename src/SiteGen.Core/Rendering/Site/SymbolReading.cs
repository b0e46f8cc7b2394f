using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Reads what a UN document symbol says about where the document belongs (UN document symbols, ST/LIB/SER.B/5/Rev.5):
/// the session or year (the first number after the body's letters: <c>A/C.3/79/L.34</c> 79th session,
/// <c>A/HRC/RES/55/10</c> 55th; a four-digit one a year: <c>E/RES/2020/1</c>; else the old-style suffix:
/// <c>A/RES/2758 (XXVI)</c> 26th session, <c>S/RES/2446 (2018)</c> the year) and the kind (a segment <c>L.n</c>
/// marks a draft, <c>RES</c> or an old-style suffix a resolution).
/// </summary>
internal static partial class SymbolReading
{
    public static SymbolPeriod Period(string symbol)
    {
        foreach (var segment in symbol.Split('/'))
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit) && int.TryParse(segment, out var number) && number > 0)
            {
                return new SymbolPeriod(number, IsYear: segment.Length == 4 && number >= 1945);
            }
        }

        if (Suffix().Match(symbol) is { Success: true } suffix)
        {
            var value = suffix.Groups[1].Value;
            return value.All(char.IsAsciiDigit)
                ? new SymbolPeriod(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), IsYear: true)
                : Ordinals.FromRoman(value) is > 0 and var session ? new SymbolPeriod(session, IsYear: false) : SymbolPeriod.None;
        }

        return SymbolPeriod.None;
    }

    public static DocumentKind Kind(string symbol)
    {
        var segments = symbol.Split('/');
        if (segments.Any(s => s.StartsWith("L.", StringComparison.Ordinal)))
        {
            return DocumentKind.Draft;
        }

        return segments.Contains("RES") || Suffix().IsMatch(symbol) ? DocumentKind.Resolution : DocumentKind.Other;
    }

    // The old-style suffix of a resolution symbol: a session in roman numerals or a year, with or without a space
    // before it: "2758 (XXVI)", "2446(2018)".
    [GeneratedRegex(@"\d\s?\(([IVXLCDM]+|\d{4})\)$")]
    private static partial Regex Suffix();
}
