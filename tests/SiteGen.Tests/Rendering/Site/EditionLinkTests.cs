using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.CitingEdition;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// References between documents of one edition, on a corpus whose citations are known: the seed cites Security
/// Council resolutions 2397 (2017) (第8段) and 2375 (2017) (第17段), and an English resolution cites paragraph 2 of
/// resolution 2446 (2018) and resolution 2758 (XXVI) without a paragraph. Those the edition publishes in the page's
/// language link to their page here, at the paragraph named; the others to undocs.org. Adding a cited document
/// builds again only the pages that cite it, and the result is what a clean build makes. Each cited document's cited-by
/// page lists the units of the other documents that cite it, with the paragraphs they name and how often each is.
/// </summary>
public sealed class EditionLinkTests : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly TempContent _content = new();

    public EditionLinkTests()
    {
        Add("S/RES/2397 (2017)", "Security Council", "zh-Hans", ChineseResolution("2397(2017)", 20));
        Add("S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Decides to remain seized of the matter."));
        Add("S/RES/9999 (2030)", "Security Council", "en", EnglishResolution(
            "9999 (2030)",
            "Recalls paragraph 2 of its resolution 2446 (2018) and its resolution 2758 (XXVI), and resolution 2446 (2018), para. 1;"));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_reference_to_a_document_of_the_edition_links_to_its_page_at_the_paragraph_named()
    {
        Build();

        var seed = Links("zh/A/C.3/79/L.34");
        // The seed cites resolution 2397 (2017) twice: as a whole, then its paragraph 8.
        Assert.Equal(["zh/S/RES/2397(2017)/", "zh/S/RES/2397(2017)/#op8"], LinkList("zh/A/C.3/79/L.34").Where(l => l.Text == "2397(2017)").Select(l => l.Href));
        Assert.StartsWith("https://undocs.org/zh/S/RES/2375(2017)", seed["2375(2017)"], StringComparison.Ordinal);

        var english = Links("en/S/RES/9999(2030)");
        Assert.Equal(["en/S/RES/2446(2018)/#op2", "en/S/RES/2446(2018)/#op1"], EnglishLinks("2446 (2018)"));
        Assert.StartsWith("https://undocs.org/en/A/RES/2758(XXVI)", english["2758 (XXVI)"], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_document_has_a_cited_by_page_listing_the_citing_units_and_the_paragraphs_they_name()
    {
        Build();

        var english = Page("en/S/RES/2446(2018)/cited-by");
        var units = english.QuerySelectorAll(".citing-documents li li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, units.Count);
        Assert.Matches(@"^S/RES/9999 ?\(2030\), para\. 1 → S/RES/2446 ?\(2018\), para\. 2$", units[0]);
        Assert.Matches(@"^S/RES/9999 ?\(2030\), para\. 1 → S/RES/2446 ?\(2018\), para\. 1$", units[1]);
        Assert.Equal(["op2 1", "op1 1"], english.QuerySelectorAll("li[data-paragraph]").Select(li => li.GetAttribute("data-paragraph") + " " + li.GetAttribute("data-count")));
        Assert.Equal("../index.html#op2", english.QuerySelector(".citing-documents li li a + a")!.GetAttribute("href"));

        var chinese = Page("zh/S/RES/2397(2017)/cited-by");
        // The seed cites it as a whole, then its paragraph 8.
        var citing = chinese.QuerySelectorAll(".citing-documents li li").ToList();
        Assert.Equal(2, citing.Count);
        Assert.All(citing, unit => Assert.StartsWith("../../../../../zh/A/C.3/79/L.34/index.html#", unit.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("→", citing[0].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("→ S/RES/2397(2017)，第8段", citing[1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("8", chinese.QuerySelector("li[data-paragraph='op8']")!.GetAttribute("data-paragraph")![2..]);

        Assert.Equal("cited-by/index.html", Page("en/S/RES/2446(2018)").QuerySelector(".cited-by-link a")!.GetAttribute("href"));

        // Not cited by any other document of the edition (its references to itself are not counted): no cited-by
        // page, and no link to one.
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "site", "zh/A/C.3/79/L.34/cited-by")));
        Assert.Null(Page("zh/A/C.3/79/L.34").QuerySelector(".cited-by-link"));
        Assert.Null(Page("en/S/RES/9999(2030)").QuerySelector(".cited-by-link"));

        // No other test site has a cited-by page: these two, and a page that links to one, are checked here.
        var site = Path.Combine(_content.Output, "site");
        NuChecker.AssertNoErrors(
            Path.Combine(site, "en", "S", "RES", "2446(2018)", "cited-by", "index.html"),
            Path.Combine(site, "zh", "S", "RES", "2397(2017)", "cited-by", "index.html"),
            Path.Combine(site, "zh", "S", "RES", "2397(2017)", "index.html"));
    }

    [Fact]
    public void A_document_no_longer_cited_loses_its_cited_by_page_and_the_link_to_it_and_one_newly_cited_gains_them_as_a_clean_build_would()
    {
        Build();
        Assert.NotNull(Page("en/S/RES/2446(2018)").QuerySelector(".cited-by-link"));

        // The only document citing resolution 2446 (2018) no longer does: the unchanged resolution's page is built again.
        Add("S/RES/9999 (2030)", "Security Council", "en", EnglishResolution("9999 (2030)", "Recalls its resolution 9999 (2030);"));
        var second = Build();
        Assert.Equal(["S/RES/2446(2018)", "S/RES/9999(2030)"], Rebuilt(second));
        Assert.Null(Page("en/S/RES/2446(2018)").QuerySelector(".cited-by-link"));
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "site", "en/S/RES/2446(2018)/cited-by")));
        AssertAsCleanBuild();

        // Now it cites resolution 9999 (2030), whose page gains the link and whose cited-by page lists it.
        Add("S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Recalls its resolution 9999 (2030);"));
        var third = Build();
        Assert.Equal(["S/RES/2446(2018)", "S/RES/9999(2030)"], Rebuilt(third));
        Assert.Equal("cited-by/index.html", Page("en/S/RES/9999(2030)").QuerySelector(".cited-by-link a")!.GetAttribute("href"));
        Assert.Contains("(S/RES/2446(2018))", Assert.Single(Page("en/S/RES/9999(2030)/cited-by").QuerySelectorAll(".citing-documents > ul > li")).TextContent, StringComparison.Ordinal);
        AssertAsCleanBuild();

        // Unchanged again: nothing is built.
        Assert.Empty(Rebuilt(Build()));
    }

    [Fact]
    public void A_citing_document_taken_out_of_the_edition_takes_the_cited_by_page_and_the_link_to_it_with_it()
    {
        Build();
        Assert.NotNull(Page("en/S/RES/2446(2018)").QuerySelector(".cited-by-link"));

        // The only document citing resolution 2446 (2018) leaves the edition; the cited resolution itself is unchanged.
        Directory.Delete(Path.Combine(_content.Content, "S-RES-9999(2030)"), recursive: true);
        var second = Build();

        Assert.Equal(["S/RES/2446(2018)"], Rebuilt(second));
        Assert.Null(Page("en/S/RES/2446(2018)").QuerySelector(".cited-by-link"));
        AssertAsCleanBuild();
        Assert.Empty(Rebuilt(Build()));
    }

    [Fact]
    public void A_text_change_leaves_the_index_the_browse_pages_and_the_cited_by_pages_carried_over()
    {
        Build();
        var siteFiles = new[] { "index.html", "browse/by-symbol/index.html", "browse/body/security-council/index.html", "en/S/RES/2446(2018)/cited-by/index.html" };
        var written = siteFiles.Select(WrittenAt).ToList();

        // The cited resolution's text changes; not its title, metadata or citations.
        Add("S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Decides to remain actively seized of the matter."));
        var second = Build();

        Assert.Equal(["S/RES/2446(2018)"], Rebuilt(second));
        Assert.Contains("actively seized", File.ReadAllText(Path.Combine(_content.Output, "site", "en/S/RES/2446(2018)/index.html")), StringComparison.Ordinal);
        Assert.Equal(written, siteFiles.Select(WrittenAt));
        AssertAsCleanBuild();
    }

    [Fact]
    public void A_title_change_writes_the_index_again()
    {
        Build();
        var index = WrittenAt("index.html");

        // Its heading, which is its title, names another resolution.
        Add("S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Decides to remain seized of the matter.").Replace("Resolution 2446 (2018)", "Resolution 2447 (2018)", StringComparison.Ordinal));
        Assert.Equal(["S/RES/2446(2018)"], Rebuilt(Build()));

        Assert.NotEqual(index, WrittenAt("index.html"));
        Assert.Contains("Resolution 2447 (2018)", File.ReadAllText(Path.Combine(_content.Output, "site", "index.html")), StringComparison.Ordinal);
        AssertAsCleanBuild();
    }

    private DateTime WrittenAt(string sitePath) => File.GetLastWriteTimeUtc(Path.Combine(_content.Output, "site", sitePath));

    private static List<string> Rebuilt(BuildResult result) =>
        [.. result.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol).Order(StringComparer.Ordinal)];

    private void AssertAsCleanBuild()
    {
        var clean = Path.Combine(_content.Root, "clean");
        if (Directory.Exists(clean))
        {
            Directory.Delete(clean, recursive: true);
        }

        Assert.True(new EditionBuilder().Build(_content.Options(clean) with { Incremental = false }, new DiagnosticBag()).Published);
        Assert.Equal(TempContent.Snapshot(Path.Combine(clean, "site")), TempContent.Snapshot(Path.Combine(_content.Output, "site")));
    }

    private BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(_content.Options(), diagnostics);
        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        return result;
    }

    private List<string> EnglishLinks(string text) => [.. LinkList("en/S/RES/9999(2030)").Where(l => l.Text == text).Select(l => l.Href)];

    // Each reference link of a page by its text (the first of each text), its address made relative to the site's root.
    private Dictionary<string, string> Links(string page) =>
        LinkList(page).GroupBy(l => l.Text).ToDictionary(g => g.Key, g => g.First().Href);

    private AngleSharp.Html.Dom.IHtmlDocument Page(string page) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "site", page, "index.html")));

    private List<(string Text, string Href)> LinkList(string page)
    {
        var document = Page(page);
        var pageUri = new Uri($"http://site.test/{page}/");
        return [.. document.QuerySelectorAll("main a.symbol").Skip(1).Select(a => (a.TextContent, Relative(pageUri, a.GetAttribute("href")!)))];
    }

    private static string Relative(Uri page, string href)
    {
        var target = new Uri(page, href);
        return target.Host == "site.test" ? Uri.UnescapeDataString(target.PathAndQuery.TrimStart('/') + target.Fragment) : href;
    }

    private void Add(string symbol, string body, string language, string text) => CitingEdition.Add(_content, symbol, body, language, text);
}
