using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Rendering.Epub;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A declaration the resolution adopts (<c>Cases/genre/en-ga-declaration/input.md</c>, written in the layout of General
/// Assembly resolution 73/3) is shown after the operative part under its own title, each of its paragraphs at its
/// own anchor, the adopting paragraph whole in the operative part; the page passes the Nu checker and the e-book
/// epubcheck. An annexed text (<c>Cases/genre/en-ga-annex</c>, in the layout of resolution 73/195) follows the
/// resolution's adoption line.
/// </summary>
public sealed class AdoptedTextRenderingTests
{
    private static ResolutionDocument Model(string name = "en-ga-declaration", string symbol = "A/RES/73/3")
    {
        var text = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "genre", name, "input.md"));
        var metadata = new DocumentMetadata(symbol, "en", IssuingBody.GeneralAssembly, "general", "en", new DateOnly(2018, 10, 10));
        var document = Sources.Model(text, metadata, out var diagnostics, $"tests/SiteGen.Tests/Cases/genre/{name}/input.md");
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return document;
    }

    private static string RenderPage(string name = "en-ga-declaration", string symbol = "A/RES/73/3")
    {
        var directory = RepositoryPaths.Artifacts($"adopted-text-site-{name}");
        Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(RepositoryPaths.Templates).Render([Model(name, symbol)], SiteBuild.Options, directory, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return Path.Combine([directory, "en", .. symbol.Split('/'), "index.html"]);
    }

    [Fact]
    public void The_page_shows_the_declaration_after_the_operative_part_with_its_own_anchors()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(RenderPage()));
        var section = page.QuerySelector("section#adopted-text");

        Assert.NotNull(section);
        Assert.Equal("operative", section.PreviousElementSibling?.Id);
        Assert.Equal("adopted-text", page.QuerySelector("p.adoption")?.PreviousElementSibling?.Id);
        Assert.Equal("Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis", section.QuerySelector("h2#adopted-text-heading")?.TextContent);
        Assert.Equal(["decl-pp1", "decl-op1", "decl-op2", "decl-op2-a", "decl-op2-b", "decl-op3"], section.QuerySelectorAll("[id^='decl-']").Select(element => element.Id!));
        Assert.Equal(["op1"], page.QuerySelectorAll("section#operative [id^='op']").Select(element => element.Id!).Where(id => char.IsAsciiDigit(id[2])));
        Assert.StartsWith("Adopts the following political declaration", page.GetElementById("op1")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_passes_the_nu_html_checker()
    {
        NuChecker.AssertNoErrors(RenderPage());
    }

    [Fact]
    public void The_e_book_holds_the_declaration_s_units_and_passes_epubcheck()
    {
        var path = EpubBuild.Render(Model(), "adopted-text-epub");
        using var epub = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(epub.GetEntry("EPUB/text.xhtml")!.Open());
        var book = new HtmlParser().ParseDocument(reader.ReadToEnd());

        Assert.Equal(6, book.QuerySelectorAll("section#adopted-text [id^='decl-']").Length);
        using var navReader = new StreamReader(epub.GetEntry("EPUB/nav.xhtml")!.Open());
        var nav = new HtmlParser().ParseDocument(navReader.ReadToEnd());
        var entry = nav.QuerySelector("nav#toc a[href='text.xhtml#adopted-text']");
        Assert.StartsWith("Political declaration of the high-level meeting", entry?.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["text.xhtml#decl-op1", "text.xhtml#decl-op2", "text.xhtml#decl-op3"],
            entry?.ParentElement?.QuerySelector("ol")?.QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
        Assert.Empty(EpubValidators.Epubcheck(path));
    }

    [Fact]
    public void An_annexed_text_follows_the_adoption_line_on_the_page_and_in_the_e_book()
    {
        var pagePath = RenderPage("en-ga-annex", "A/RES/73/195");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(pagePath));
        var adoption = page.QuerySelector("p.adoption");

        Assert.Equal("operative", adoption?.PreviousElementSibling?.Id);
        Assert.Equal("adopted-text", adoption?.NextElementSibling?.Id);
        Assert.Equal("Annex", page.QuerySelector("h2#adopted-text-heading")?.TextContent);
        Assert.Equal(["decl-pp1", "decl-op1", "decl-op2", "decl-op2-a", "decl-op2-b", "decl-op3"], page.QuerySelectorAll("section#adopted-text [id^='decl-']").Select(element => element.Id!));
        NuChecker.AssertNoErrors(pagePath);

        var path = EpubBuild.Render(Model("en-ga-annex", "A/RES/73/195"), "annexed-text-epub");
        using var epub = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(epub.GetEntry("EPUB/text.xhtml")!.Open());
        var book = new HtmlParser().ParseDocument(reader.ReadToEnd());
        Assert.Equal("adopted-text", book.QuerySelector("p.adoption")?.NextElementSibling?.Id);
        Assert.Empty(EpubValidators.Epubcheck(path));
    }

    [Fact]
    public void The_page_s_contents_list_the_adopted_text_and_no_paragraph_without_a_number()
    {
        // The adopting paragraph of each ("Adopts …", "Endorses …") has no number, so no entry of its own.
        var declaration = new HtmlParser().ParseDocument(File.ReadAllText(RenderPage()));
        var annex = new HtmlParser().ParseDocument(File.ReadAllText(RenderPage("en-ga-annex", "A/RES/73/195")));

        Assert.Equal(["#preface", "#operative", "#adopted-text", "#notes"], declaration.QuerySelectorAll("nav.toc a").Select(link => link.GetAttribute("href")));
        Assert.StartsWith("Political declaration", declaration.QuerySelector("nav.toc a[href='#adopted-text']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#preface", "#preamble", "#operative", "#adopted-text", "#notes"], annex.QuerySelectorAll("nav.toc a").Select(link => link.GetAttribute("href")));
        Assert.Equal("Annex", annex.QuerySelector("nav.toc a[href='#adopted-text']")?.TextContent);
        Assert.All(annex.QuerySelectorAll("nav.toc a").Concat(declaration.QuerySelectorAll("nav.toc a")), link => Assert.False(string.IsNullOrWhiteSpace(link.TextContent)));
    }
}
