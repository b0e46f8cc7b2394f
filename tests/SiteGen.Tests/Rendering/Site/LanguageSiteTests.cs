using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The pages of the language samples (<see cref="LanguageSite"/>): valid HTML, the language and direction on the
/// root, the interface in the page's language, and every document symbol linked to undocs.org in that language.
/// </summary>
public sealed class LanguageSiteTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string, string, string> Pages => new()
    {
        { "ar-draft", "ar", "rtl", "الانتقال إلى المحتوى الرئيسي" },
        { "ru-draft", "ru", "ltr", "Перейти к основному содержанию" },
        { "es-draft", "es", "ltr", "Ir al contenido principal" },
        { "fr-sres-1421", "fr", "ltr", "Aller au contenu principal" },
    };

    private static IDocument Page(string name) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(LanguageSite.Directory, LanguageSite.PagePath(LanguageSamples.All.Single(s => s.Name == name)), "index.html")));

    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_any_page_of_the_language_site()
    {
        // Four pages (none cited by another, so no cited-by page), each language's search page, the index, and the
        // parallel views of the three versions of the draft (besides the browse pages).
        var pages = Directory.GetFiles(LanguageSite.Directory, "index.html", SearchOption.AllDirectories);
        Assert.Equal(4, pages.Count(page => page.EndsWith(Path.Combine("search", "index.html"), StringComparison.Ordinal)));
        Assert.Equal(0, pages.Count(page => page.EndsWith(Path.Combine("cited-by", "index.html"), StringComparison.Ordinal)));
        Assert.Equal(4 + 4 + 1 + 6, pages.Count(page => !page.Contains($"{Path.DirectorySeparatorChar}browse{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));

        NuChecker.AssertNoErrors(LanguageSite.Directory);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_says_its_language_and_direction_and_speaks_it(string name, string lang, string dir, string skipLink)
    {
        var page = Page(name);

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(dir, page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(skipLink, page.QuerySelector("a.skip-link")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_symbol_and_resolution_links_to_undocs_in_the_page_s_language(string name, string lang, string dir, string skipLink)
    {
        _ = (dir, skipLink);
        var links = Page(name).QuerySelectorAll("main a[href^='https://undocs.org/']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith($"https://undocs.org/{lang}/", href, StringComparison.Ordinal));
    }

    [Fact]
    public void The_arabic_page_links_the_resolutions_its_text_cites()
    {
        var hrefs = Page("ar-draft").QuerySelectorAll(".unit a[href^='https://undocs.org/']").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("https://undocs.org/ar/A/RES/70/1", hrefs);
        Assert.Contains("https://undocs.org/ar/S/RES/1373(2001)", hrefs);
        Assert.Contains("https://undocs.org/ar/A/HRC/RES/5/1", hrefs);
        Assert.Contains("https://undocs.org/ar/A/RES/2200(XXI)", hrefs);
    }

    [Fact]
    public void The_arabic_page_has_its_title_and_the_anchors_of_every_language()
    {
        var page = Page("ar-draft");

        Assert.Equal("التعاون مع الأمم المتحدة في مجال التنمية المستدامة", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.GetElementById("op1-b-ii"));
        Assert.NotNull(page.GetElementById("fn2"));
    }
}
