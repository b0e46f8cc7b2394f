using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;

namespace SiteGen.Tests.Support;

/// <summary>
/// An edition of Chinese and English documents built as a user builds it, search index included, and served at
/// the host root and under <c>/sub/</c> with the site's policy header: the seed (A/C.3/79/L.34, Chinese),
/// resolution 2758 (XXVI) and resolution 80/51 in English, Security Council resolution 2446 (2018) in Chinese.
/// </summary>
public sealed class SearchSite : IDisposable
{
    private readonly TempContent _content = new();

    public SearchSite()
    {
        Add("A/RES/2758 (XXVI)", "General Assembly", "en", "corpus/en-ares-2758.txt");
        Add("A/RES/80/51", "General Assembly", "en", "corpus/en-ares-80-51.txt");
        Add("S/RES/2446 (2018)", "Security Council", "zh-Hans", "corpus/zh-sres-2446.txt");
        Result = new EditionBuilder().Build(_content.Options(), Diagnostics);
        Server = new SiteServer([("/sub/", Site), ("/", Site)]);
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public BuildResult Result { get; }

    public string Site => Path.Combine(_content.Output, "site");

    public SiteServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        _content.Dispose();
    }

    private void Add(string symbol, string body, string language, string source)
    {
        var folder = Path.Combine(_content.Content, symbol.Replace('/', '-').Replace(" ", "", StringComparison.Ordinal));
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, "document.yml"),
            $"symbol: {symbol}\nbody: {body}\ndistribution: general\noriginalLanguage: en\nversions:\n  - language: {language}\n    source: {language}.md\n");
        File.Copy(Path.Combine(Golden.CasesDirectory, source), Path.Combine(folder, language + ".md"));
    }
}
