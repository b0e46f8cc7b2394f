using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// A document page's download list gives the size of the e-book and the model export beside it, in the page's
/// language, and links only the files the build made; a rebuild that keeps a page keeps its sizes true.
/// </summary>
public sealed class DownloadListTests : IDisposable
{
    private readonly TempContent _content = new();

    public DownloadListTests()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Long resolution", 40);
    }

    public void Dispose() => _content.Dispose();

    private string Site => Path.Combine(_content.Output, "site");

    private string EnglishFolder => Path.Combine(Site, "en", "A", "79", "L.99");

    private string ChineseFolder => Path.Combine(Site, "zh", "A", "C.3", "79", "L.34");

    [Fact]
    public void Each_page_gives_the_size_of_its_e_book_and_model_in_its_own_language()
    {
        Build(OutputFormats.All);
        Assert.Equal(2, Page(Site).QuerySelectorAll("table.documents a[type='application/epub+zip']").Length);

        var english = Downloads(EnglishFolder);
        Assert.Equal(["pdf", "epub", "json"], english.Select(d => d.Kind));
        Assert.Matches(@"^E-book \(EPUB, \d+(\.\d)?\u00A0KB\)$", english[1].Label);
        Assert.Equal(Label("E-book (EPUB, {0}\u00A0KB)", ".", EnglishFolder, "A-79-L.99.en.epub"), english[1].Label);
        Assert.Equal(Label("Content model (JSON, {0}\u00A0KB)", ".", EnglishFolder, "A-79-L.99.en.json"), english[2].Label);

        var chinese = Downloads(ChineseFolder);
        Assert.Equal(["pdf", "epub", "json"], chinese.Select(d => d.Kind));
        Assert.Matches(@"^电子书（EPUB，\d+(\.\d)?\u00A0KB）$", chinese[1].Label);
        Assert.Equal(Label("电子书（EPUB，{0}\u00A0KB）", ".", ChineseFolder, "A-C.3-79-L.34.zh.epub"), chinese[1].Label);
        Assert.Equal(Label("内容模型（JSON，{0}\u00A0KB）", ".", ChineseFolder, "A-C.3-79-L.34.zh.json"), chinese[2].Label);
    }

    [Fact]
    public void A_site_built_without_e_books_or_models_links_neither()
    {
        Build(OutputFormats.Site);

        // Nor do the index and the browse pages, which list every document with its e-book otherwise.
        foreach (var list in (string[])[Site, Path.Combine(Site, "browse", "by-symbol")])
        {
            var index = Page(list);
            Assert.NotEmpty(index.QuerySelectorAll("table.documents tbody tr"));
            Assert.Empty(index.QuerySelectorAll("a[type='application/epub+zip']"));
            Assert.All(index.QuerySelectorAll("table.documents tr"), row => Assert.Equal(3, row.Children.Length));
        }

        Assert.False(File.Exists(Path.Combine(EnglishFolder, "A-79-L.99.en.epub")));
        var page = Page(EnglishFolder);
        Assert.Equal(["pdf"], Downloads(EnglishFolder).Select(d => d.Kind));
        Assert.Null(page.QuerySelector("link[type='application/epub+zip']"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(["application/pdf"], json.RootElement.GetProperty("encoding").EnumerateArray().Select(e => e.GetProperty("encodingFormat").GetString()));
    }

    [Fact]
    public void A_page_kept_by_a_rebuild_still_gives_the_sizes_of_the_files_kept_with_it()
    {
        Build(OutputFormats.All);
        var chinese = Downloads(ChineseFolder);
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Long resolution", 400);

        var second = Build(OutputFormats.All);

        Assert.Equal(["A/79/L.99"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        Assert.Equal(chinese, Downloads(ChineseFolder));
        Assert.Equal(Label("电子书（EPUB，{0}\u00A0KB）", ".", ChineseFolder, "A-C.3-79-L.34.zh.epub"), Downloads(ChineseFolder)[1].Label);
        Assert.Equal(Label("E-book (EPUB, {0}\u00A0KB)", ".", EnglishFolder, "A-79-L.99.en.epub"), Downloads(EnglishFolder)[1].Label);
    }

    private BuildResult Build(OutputFormats formats)
    {
        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(_content.Options() with { Formats = formats }, diagnostics);
        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        return result;
    }

    private static IDocument Page(string folder) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));

    private static List<(string Kind, string Label)> Downloads(string folder) =>
        [.. Page(folder).QuerySelectorAll("ul.download a").Select(a => (a.ClassName!["download-".Length..], a.TextContent))];

    // The label a file of this length should have: kilobytes of 1,024 bytes, one decimal below ten, whole above.
    private static string Label(string format, string decimalMark, string folder, string file)
    {
        var kilobytes = new FileInfo(Path.Combine(folder, file)).Length / 1024.0;
        var number = kilobytes < 9.95
            ? Math.Round(kilobytes, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace(".", decimalMark, StringComparison.Ordinal)
            : Math.Round(kilobytes, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, number);
    }
}
