namespace SiteGen.Tests.Support;

/// <summary>
/// Documents written for the tests of references between documents of one edition: Security Council resolutions in
/// Chinese and English, short, whose citations are known. Added to a <see cref="TempContent"/> beside the seed.
/// </summary>
public static class CitingEdition
{
    /// <summary>Adds a document with one language version to the content folder.</summary>
    public static void Add(TempContent content, string symbol, string body, string language, string text)
    {
        var folder = Path.Combine(content.Content, symbol.Replace('/', '-').Replace(" ", "", StringComparison.Ordinal));
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, "document.yml"),
            $"symbol: {symbol}\nbody: {body}\ndistribution: general\noriginalLanguage: en\nversions:\n  - language: {language}\n    source: {language}.md\n");
        File.WriteAllText(Path.Combine(folder, language + ".md"), text);
    }

    /// <summary>A Security Council resolution in Chinese with the given number of operative paragraphs.</summary>
    public static string ChineseResolution(string number, int paragraphs) =>
        $"第{number}号决议\n\n2017年12月22日安全理事会第8151次会议通过\n\n安全理事会，\n\n回顾其以往的各项决议，\n\n"
        + string.Concat(Enumerable.Range(1, paragraphs).Select(n => $"{n}. 决定第{n}项事项；\n\n"));

    /// <summary>A Security Council resolution in English with one preambular paragraph and the given operative text (two paragraphs).</summary>
    public static string EnglishResolution(string number, string operative) =>
        $"Resolution {number}\n\nAdopted by the Security Council at its 8401st meeting, on 15 November 2018\n\nThe Security Council,\n\nRecalling its previous resolutions,\n\n1. {operative}\n\n2. Decides to remain seized of the matter.\n";
}
