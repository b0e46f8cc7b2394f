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
/// epubcheck.
/// </summary>
public sealed class AdoptedTextRenderingTests
{
    private static ResolutionDocument Model()
    {
        var text = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "genre", "en-ga-declaration", "input.md"));
        var metadata = new DocumentMetadata("A/RES/73/3", "en", IssuingBody.GeneralAssembly, "general", "en", new DateOnly(2018, 10, 10));
        var document = Sources.Model(text, metadata, out var diagnostics, "tests/SiteGen.Tests/Cases/genre/en-ga-declaration/input.md");
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return document;
    }

    private static string RenderPage()
    {
        var directory = RepositoryPaths.Artifacts("adopted-text-site");
        Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(RepositoryPaths.Templates).Render([Model()], SiteBuild.Options, directory, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return Path.Combine(directory, "en", "A", "RES", "73", "3", "index.html");
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
        Assert.Empty(EpubValidators.Epubcheck(path));
    }
}
