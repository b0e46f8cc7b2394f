using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// How one UN language names issuing bodies and cites resolutions (DESIGN.md, "References"): body names,
/// the words that open a citation (第 / resolution), what joins the numbers of a coordinated list, the marks
/// that end a clause, and the ibid. forms. One frozen table per language, so the recognisers carry no ifs.
/// A date regex is null when the language writes no date on that side of a number.
/// </summary>
internal sealed partial record ReferenceTerms(
    ImmutableArray<BodyName> BodyNames,
    ImmutableArray<string> LeadIns,
    ImmutableArray<string> Separators,
    ImmutableArray<string> NumberSuffixes,
    Regex? DateBeforeNumber,
    Regex? DateAfterNumber,
    string ClauseEnds,
    bool ClauseEndNeedsSpace,
    bool WholeWords,
    ImmutableArray<string> IbidForms,
    string IbidText,
    string FullStop)
{
    /// <summary>The letters a lead-in starts with, in either case, so that a recogniser jumps to the candidates.</summary>
    public SearchValues<char> LeadInStarts { get; } =
        SearchValues.Create(DistinctLetters(LeadIns.SelectMany(word => new[] { char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0]) })));

    /// <summary>The letters the body names start with, so that a recogniser jumps to where a name may start.</summary>
    public SearchValues<char> BodyNameStarts { get; } = SearchValues.Create(DistinctLetters(BodyNames.Select(name => name.Text[0])));

    /// <summary>The marks that end a clause, for one search.</summary>
    public SearchValues<char> ClauseEndMarks { get; } = SearchValues.Create(ClauseEnds);

    public static readonly ReferenceTerms Chinese = new(
        BodyNames:
        [
            new("经济及社会理事会", IssuingBody.EconomicAndSocialCouncil),
            new("经社理事会", IssuingBody.EconomicAndSocialCouncil),
            new("安全理事会", IssuingBody.SecurityCouncil),
            new("人权理事会", IssuingBody.HumanRightsCouncil),
            new("人权委员会", IssuingBody.CommissionOnHumanRights),
            new("安理会", IssuingBody.SecurityCouncil),
            new("大会", IssuingBody.GeneralAssembly),
            new("理事会", null),
        ],
        LeadIns: ["第"],
        Separators: ["以及", "、", "和", "及", "与"],
        NumberSuffixes: ["号"],
        DateBeforeNumber: ChineseDate(),
        DateAfterNumber: null,
        ClauseEnds: "。；",
        ClauseEndNeedsSpace: false,
        WholeWords: false,
        IbidForms: ["同上"],
        IbidText: "同上",
        FullStop: "。");

    public static readonly ReferenceTerms English = new(
        BodyNames:
        [
            new("Economic and Social Council", IssuingBody.EconomicAndSocialCouncil),
            new("Commission on Human Rights", IssuingBody.CommissionOnHumanRights),
            new("Human Rights Council", IssuingBody.HumanRightsCouncil),
            new("Security Council", IssuingBody.SecurityCouncil),
            new("General Assembly", IssuingBody.GeneralAssembly),
            new("Assembly", IssuingBody.GeneralAssembly),
            new("Council", null),
        ],
        LeadIns: ["resolutions", "resolution"],
        Separators: [", and", ", or", ",", "and", "or"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: EnglishDate(),
        ClauseEnds: ".;",
        ClauseEndNeedsSpace: true,
        WholeWords: true,
        IbidForms: ["Ibid.", "Ibid"],
        IbidText: "Ibid.",
        FullStop: ".");

    // Without repeats: up to five characters are searched for directly, more through a map that is slower.
    private static string DistinctLetters(IEnumerable<char> letters) => string.Concat(letters.Distinct());

    /// <summary>The terms for a BCP 47 tag; English terms serve the other Latin-script languages.</summary>
    public static ReferenceTerms For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    // A date written before a list item: "2022 年 4 月 1 日第 49/22 号" (year, month and day as far as given).
    [GeneratedRegex(@"\G\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*")]
    private static partial Regex ChineseDate();

    // A date written after a list item: "34/24 of 24 March 2017".
    [GeneratedRegex(@"\G\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")]
    private static partial Regex EnglishDate();
}
