using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// A unit of another document cited as the UN cites it in the page's language, from its anchor alone
/// (<c>op19-b</c> → <c>A/C.3/79/L.34, para. 19 (b)</c>, <c>A/C.3/79/L.34，第19(b)段</c>): the cited-by pages know the
/// citing units only by their anchors. A second degree shows its Chinese numeral in Chinese (<c>(三)</c>).
/// </summary>
internal static partial class UnitCitation
{
    public static string Of(string id, string symbol, UnLanguage language, UiStrings strings, DiagnosticBag diagnostics)
    {
        var match = Anchor().Match(id);
        if (!match.Success)
        {
            // An asterisk note: its anchor is all there is to show.
            return symbol + " " + id;
        }

        var number = match.Groups["number"].Value;
        var key = match.Groups["kind"].Value switch
        {
            "pp" => "cite_preambular",
            "fn" => "cite_note",
            _ => "cite_operative",
        };
        var join = strings.Require("cite_path_separator", diagnostics);
        var n = number;
        if (match.Groups["letter"].Success)
        {
            n += join + "(" + match.Groups["letter"].Value + ")";
        }

        if (match.Groups["item"].Success)
        {
            var item = match.Groups["item"].Value;
            n += join + "(" + (language.IsChinese ? Ordinals.ToChinese(Ordinals.FromRoman(item.ToUpperInvariant())) : item) + ")";
        }

        return strings.Fill(key, n, diagnostics).Replace("{symbol}", symbol, StringComparison.Ordinal);
    }

    // A unit's anchor (DESIGN.md, "Anchors"): pp12, op19, op19-b, op2-a-iii, fn16.
    [GeneratedRegex(@"\A(?<kind>pp|op|fn)(?<number>[0-9]+)(?:-(?<letter>[a-z]+)(?:-(?<item>[ivxlcdm]+))?)?\z")]
    private static partial Regex Anchor();
}
