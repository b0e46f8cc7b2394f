using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.Loading;

/// <summary>
/// Reads how a document was acted on, as a metadata file writes it (<c>vote:</c>): <c>without a vote</c>,
/// <c>unanimously</c>, the votes in favour, against and abstaining (<c>13-0-2</c>, <c>120-5</c>), or the same
/// after <c>recorded</c> for a recorded vote (<c>recorded 120-5-50</c>).
/// </summary>
public static partial class VoteRecognizer
{
    public const string Expected = "'without a vote', 'unanimously', or votes in favour-against-abstentions such as 120-5-50 (after 'recorded' for a recorded vote)";

    public static bool TryRecognize(string text, out AdoptionMethod method, out VoteCount? votes)
    {
        var value = text.Trim().ToLowerInvariant();
        votes = null;
        method = value switch
        {
            "without a vote" or "without vote" => AdoptionMethod.WithoutVote,
            "unanimously" or "unanimous" => AdoptionMethod.Unanimously,
            _ => AdoptionMethod.Unknown,
        };
        if (method != AdoptionMethod.Unknown)
        {
            return true;
        }

        var match = VoteShape().Match(value);
        if (!match.Success)
        {
            return false;
        }

        method = match.Groups["recorded"].Success ? AdoptionMethod.RecordedVote : AdoptionMethod.Vote;
        votes = new VoteCount(
            int.Parse(match.Groups["for"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["against"].Value, CultureInfo.InvariantCulture),
            match.Groups["abstaining"].Success ? int.Parse(match.Groups["abstaining"].Value, CultureInfo.InvariantCulture) : null);
        return true;
    }

    // "recorded 120-5-50", "13-0-2", "120-5": in favour, against, optionally abstaining; at most three digits each.
    [GeneratedRegex(@"^(?:(?<recorded>recorded)(?: vote)?\s+)?(?<for>\d{1,3})-(?<against>\d{1,3})(?:-(?<abstaining>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteShape();
}
