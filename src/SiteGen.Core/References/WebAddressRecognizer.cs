using System.Text.RegularExpressions;

namespace SiteGen.Core.References;

/// <summary>
/// Finds web addresses in a text, with or without a scheme (DESIGN.md, "Input": "a bare URL without scheme").
/// Only <c>http</c> and <c>https</c> are recognised, so only they are ever emitted (DESIGN.md, "Behaviour");
/// an address without scheme gets <c>https://</c>.
/// </summary>
internal sealed partial class WebAddressRecognizer
{
    private const string TrailingPunctuation = ".,;:!?'\"";

    public IEnumerable<LinkMatch> Recognize(string text)
    {
        foreach (Match match in Address().Matches(text))
        {
            var value = TrimTrailing(match.Value);
            var url = value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + value : value;
            yield return new LinkMatch(match.Index, value.Length, url, IsWebAddress: true);
        }
    }

    // Sentence punctuation after an address is not part of it, nor is a closing parenthesis that the address
    // did not open.
    private static string TrimTrailing(string value)
    {
        while (value.Length > 0)
        {
            var last = value[^1];
            if (TrailingPunctuation.Contains(last)
                || (last == ')' && value.Count(c => c == '(') < value.Count(c => c == ')')))
            {
                value = value[..^1];
                continue;
            }

            break;
        }

        return value;
    }

    // The shape of a web address: http(s):// or www., a host name, then an optional path, query and fragment
    // in URL characters (RFC 3986 unreserved, sub-delims, "/", "?", "#", "%", ":" and "@"). Non-ASCII text
    // (the Chinese full stop) ends it.
    [GeneratedRegex("""
        (?<![A-Za-z0-9.\-/@])
        (?:https?://|www\.)
        [A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+
        (?::[0-9]{1,5})?
        (?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]*)?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
