using System.Collections.Immutable;

namespace SiteGen.Core.Parsing;

/// <summary>
/// How one UN language writes the parts of a resolution (DESIGN.md, "Input"): the enacting formula, the line
/// that ends the sponsors, how a page-break split is rejoined, which marks end a preambular paragraph, and the
/// label style of second-degree sub-paragraphs. One frozen instance per language.
/// </summary>
public sealed record LanguageConventions(
    string Tag,
    ImmutableArray<string> EnactingFormulas,
    string SponsorsSeparator,
    string SponsorsLastConjunction,
    ImmutableArray<string> SponsorNamesWithConjunction,
    string DocumentTypeSeparator,
    string Joiner,
    string ParagraphEndings,
    bool ChineseNumeralItems)
{
    public static readonly LanguageConventions Chinese = new(
        Tag: "zh-Hans",
        EnactingFormulas: ["大会，", "人权理事会，", "安全理事会，", "经济及社会理事会，"],
        SponsorsSeparator: "、",
        SponsorsLastConjunction: "和",
        SponsorNamesWithConjunction:
        [
            "波斯尼亚和黑塞哥维那", "特立尼达和多巴哥", "安提瓜和巴布达", "圣基茨和尼维斯", "圣文森特和格林纳丁斯", "圣多美和普林西比",
        ],
        DocumentTypeSeparator: "：",
        Joiner: "",
        ParagraphEndings: "，。；：,;:.",
        ChineseNumeralItems: true);

    public static readonly LanguageConventions English = new(
        Tag: "en",
        EnactingFormulas: ["The General Assembly,", "The Human Rights Council,", "The Security Council,", "The Economic and Social Council,"],
        SponsorsSeparator: ", ",
        SponsorsLastConjunction: " and ",
        SponsorNamesWithConjunction:
        [
            "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis",
            "Saint Vincent and the Grenadines", "Sao Tome and Principe", "United Kingdom of Great Britain and Northern Ireland",
        ],
        DocumentTypeSeparator: ": ",
        Joiner: " ",
        ParagraphEndings: ",;:.",
        ChineseNumeralItems: false);

    /// <summary>The conventions for a language tag; English conventions serve the other Latin-script languages.</summary>
    public static LanguageConventions For(string tag) =>
        tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Tells Chinese from English text by counting Han ideographs against Latin letters.</summary>
    public static string DetectLanguage(string text)
    {
        int han = 0, latin = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 20_000)))
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return han > latin ? Chinese.Tag : English.Tag;
    }
}
