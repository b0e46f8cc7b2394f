using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Real UN texts of every form, built as a user builds them (<see cref="CorpusEditions"/>): the build publishes
/// them with no error, each page is headed by the text's title and shows the adoption line where the UN sets it,
/// and every page and e-book passes the Nu Html Checker, axe (in Debian's Chromium), epubcheck and DAISY Ace.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CorpusEditionTests(CorpusEditions editions, BrowserFixture browser) : IClassFixture<CorpusEditions>
{
    public static TheoryData<string> Names => [.. CorpusEditions.Editions.Select(edition => edition.Name)];

    private static CorpusEditions.Edition Find(string name) => CorpusEditions.Editions.Single(edition => edition.Name == name);

    [Fact]
    public void The_build_publishes_every_text_with_no_error()
    {
        Assert.True(editions.Result.Published, string.Join("\n", editions.Diagnostics.Items));
        Assert.DoesNotContain(editions.Diagnostics.Items, d => d.IsError);
        Assert.All(CorpusEditions.Editions, edition => Assert.True(File.Exists(editions.Page(edition)), edition.Folder));
        Assert.Contains(editions.Result.Documents, document => document is { Symbol: "S/RES/2446(2018)", Language: "en" });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_page_is_headed_by_the_title_and_shows_the_adoption_line_where_the_UN_sets_it(string name)
    {
        var edition = Find(name);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(editions.Page(edition)));
        using var model = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(Path.GetDirectoryName(editions.Page(edition))!, "*.json"), IsModelExport)));
        var title = model.RootElement.GetProperty("title").GetString();

        Assert.NotEqual("", title);
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        var adoption = model.RootElement.GetProperty("adoption");
        var line = page.QuerySelector("p.adoption");
        if (adoption.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(line);
            return;
        }

        Assert.NotNull(line);
        var inPreface = adoption.GetProperty("place").GetString() == "preface";
        Assert.Equal(inPreface ? "preface" : "article", line.ParentElement?.LocalName == "header" ? "preface" : line.ParentElement?.LocalName);
        if (!inPreface)
        {
            Assert.Equal("operative", line.PreviousElementSibling?.Id);
        }
    }

    [Fact]
    public void The_report_line_is_shown_with_its_symbol_linked_on_the_page_and_in_the_e_book()
    {
        var edition = Find("en-ares-80-51");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(editions.Page(edition)));
        using var epub = System.IO.Compression.ZipFile.OpenRead(editions.Epub(edition));
        using var reader = new StreamReader(epub.GetEntry("EPUB/text.xhtml")!.Open());
        var book = new HtmlParser().ParseDocument(reader.ReadToEnd());

        foreach (var report in new[] { page.QuerySelector("header.preface p.report"), book.QuerySelector("section#preface p.report") })
        {
            Assert.Equal("[on the report of the First Committee (A/80/534, para. 7)]", report?.TextContent);
            Assert.Equal("A/80/534", report?.QuerySelector("a")?.TextContent);
            Assert.EndsWith("A/80/534", report?.QuerySelector("a")?.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_any_page()
    {
        var pages = CorpusEditions.Editions.Select(editions.Page).ToList();

        NuChecker.AssertNoErrors(pages);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Epubcheck_reports_no_errors_and_no_warnings(string name) =>
        Assert.Empty(EpubValidators.Epubcheck(editions.Epub(Find(name))));

    // Ace starts a browser for each book: the three books that differ most in form (an adoption line calling a
    // note, notes and sub-paragraphs in English, an adoption line in the preface) are enough to cover the templates.
    [Theory]
    [InlineData("zh-sres-368")]
    [InlineData("en-ares-80-51")]
    [InlineData("en-sc-unnumbered")]
    public void Daisy_ace_reports_no_violations(string name) =>
        Assert.Empty(EpubValidators.Ace(editions.Epub(Find(name))));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Axe_finds_no_violations_on_the_page(string name)
    {
        using var server = new SiteServer([("/", editions.Site)]);
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync($"{server.Origin}/{Find(name).Folder}/");

        await AxeAudit.AssertNoViolationsAsync(tab);
    }

    /// <summary>The model export among a document folder's JSON files: not an epubcheck report.</summary>
    private static bool IsModelExport(string file) => !file.EndsWith(".epubcheck.json", StringComparison.Ordinal);
}
