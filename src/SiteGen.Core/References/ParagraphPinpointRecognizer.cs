using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// The paragraph a reference names beside a linked resolution or symbol (DESIGN.md, "References": a pinpoint
/// stays text beside the link), so that the link can land on it: after the link in Chinese (第 2397(2017)号决议第8段,
/// A/RES/60/251 第3(a)段) and in the UN's short form (resolution 2397 (2017), para. 8; par. 8; párr. 8); before it
/// in the long form of the other languages ("paragraph 8 of Security Council resolution", "paragraphe 8 de la
/// résolution", "párrafo 8 de la resolución", "пункт 8 резолюции", "الفقرة 8 من القرار"). A preambular paragraph
/// is named so ("preambular paragraph 3", 序言部分第3段); a sub-paragraph by its letter ("paragraph 19 (b)").
/// </summary>
internal static partial class ParagraphPinpointRecognizer
{
    /// <summary>The paragraph named beside the link at <paramref name="at"/> in a run of inline content: after it first, else before it.</summary>
    public static UnitId? Beside(ImmutableArray<Inline> inlines, int at) =>
        (at + 1 < inlines.Length && inlines[at + 1] is TextRun following ? After(following.Text) : null)
        ?? (at > 0 && inlines[at - 1] is TextRun preceding ? Before(preceding.Text) : null);

    /// <summary>The paragraph named by the text right after a link, or null.</summary>
    public static UnitId? After(string following) =>
        ChineseAfter().Match(following) is { Success: true } chinese ? Unit(chinese)
        : ShortFormAfter().Match(following) is { Success: true } shortForm ? Unit(shortForm)
        : null;

    /// <summary>The paragraph named by the text right before a link, or null.</summary>
    public static UnitId? Before(string preceding) =>
        LongFormBefore().Match(preceding) is { Success: true } longForm ? Unit(longForm) : null;

    private static UnitId? Unit(Match match)
    {
        if (!int.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        if (match.Groups["preambular"].Success)
        {
            return UnitId.Preambular(number);
        }

        var paragraph = UnitId.Operative(number);
        return match.Groups["letter"].Success ? paragraph.Sub(Ordinals.FromLetters(match.Groups["letter"].Value)) : paragraph;
    }

    // 号决议第8段, 号决议序言部分第3段, 第19(b)段 right after a symbol: the rest of the Chinese reference, then the paragraph.
    [GeneratedRegex(@"\A\s*(?:号\s*(?:决议|决定|主席声明)?)?\s*(?:(?<preambular>序言部分)\s*)?第\s*(?<number>[0-9]{1,3})\s*(?:\(\s*(?<letter>[a-z])\s*\))?\s*段")]
    private static partial Regex ChineseAfter();

    // ", para. 8", ", paragraph 8 (b)", ", par. 8", ", párr. 8", ", п. 8" right after a resolution's number.
    [GeneratedRegex(@"\A\s*,\s*(?:(?<preambular>preambular)\s+)?(?:paragraphs?|paras?\.|par\.|paragraphe|párrafo|párr\.|пункт|п\.|الفقرة)\s*(?<number>[0-9]{1,3})(?:\s*\(\s*(?<letter>[a-z])\s*\))?(?![0-9/])")]
    private static partial Regex ShortFormAfter();

    // "paragraph 8 of Security Council resolution ", "paragraphe 8 de la résolution ", "párrafo 8 de la resolución ",
    // "пункт 8 резолюции ", "الفقرة 8 من القرار " right before a resolution's number, with a body named or not (Russian
    // joins them by the genitive, with no word between).
    [GeneratedRegex(@"(?:(?<preambular>preambular)\s+)?(?:paragraph|para\.|paragraphe|párrafo|пункт[а-я]*|الفقرة)\s*(?<number>[0-9]{1,3})(?:\s*\(\s*(?<letter>[a-z])\s*\))?\s+(?:(?:of|de|del|من)\s+)?(?:(?:the|its|their|la|sa|el|su)\s+)?(?:[\p{Lu}][\p{L}]*\s+){0,4}(?:resolution|résolution|resolución|резолюции|القرار)\s*\z")]
    private static partial Regex LongFormBefore();
}
