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

    public IReadOnlyList<LinkMatch> Recognize(ReadOnlySpan<char> text)
    {
        List<LinkMatch>? addresses = null;
        foreach (var match in Address().EnumerateMatches(text))
        {
            var value = TrimTrailing(text.Slice(match.Index, match.Length));
            var url = value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? string.Concat("https://", value) : value.ToString();
            (addresses ??= []).Add(new LinkMatch(match.Index, value.Length, url, IsWebAddress: true));
        }

        // Not "?? []", which would make an empty list of the left side's type for every text with none.
        if (addresses is null)
        {
            return [];
        }

        return addresses;
    }

    // Sentence punctuation after an address is not part of it, nor is a closing parenthesis that the address
    // did not open.
    private static ReadOnlySpan<char> TrimTrailing(ReadOnlySpan<char> value)
    {
        while (value.Length > 0)
        {
            var last = value[^1];
            if (TrailingPunctuation.Contains(last) || (last == ')' && value.Count('(') < value.Count(')')))
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
