using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The browse pages of the library (<see cref="LibraryEdition"/>): the root groups the documents by body and session
/// or year, newest first, with counts; each body, session, year and kind has a page listing exactly its documents;
/// the order by symbol is a page too; every link leads to a page of the site, and the pages are valid HTML.
/// </summary>
public sealed class BrowsePageTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(LibraryEdition.Site, path, "index.html")));

    // The symbols of the rows of a page, one per document (its language versions are rows of their own).
    private static string[] Symbols(IElement scope) =>
        [.. scope.QuerySelectorAll("table.documents tbody tr .symbol-cell").Select(c => c.TextContent).Distinct()];

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_root_groups_the_documents_by_body_then_session_or_year_newest_first_with_counts()
    {
        var root = Page("");

        Assert.Equal("8 documents", root.QuerySelector(".browse-count")!.TextContent);
        var groups = root.QuerySelectorAll("section.browse-group").ToArray();
        Assert.Equal(
            ["United Nations General Assembly (4 documents)", "United Nations Security Council (3 documents)", "United Nations Human Rights Council (1 document)"],
            groups.Select(g => Text(g.QuerySelector("h2")!)));
        Assert.Equal(["Session 80 (2 documents)", "Session 79 (1 document)", "Session 26 (1 document)"], groups[0].QuerySelectorAll("h3").Select(Text));
        Assert.Equal(["2018 (1 document)", "2002 (1 document)", "1975 (1 document)"], groups[1].QuerySelectorAll("h3").Select(Text));
        Assert.Equal(["A/RES/80/51", "A/C.3/80/L.90", "A/C.3/79/L.34", "A/RES/2758(XXVI)"], Symbols(groups[0]));
        Assert.Equal(["S/RES/2446(2018)", "S/RES/1421(2002)", "S/RES/368(1975)"], Symbols(groups[1]));

        // Every language version is a row, in language order, linking to its page.
        var versions = groups[0].QuerySelectorAll("tbody tr").Where(r => r.QuerySelector(".symbol-cell")!.TextContent == "A/C.3/80/L.90").ToArray();
        Assert.Equal(["ar/A/C.3/80/L.90/index.html", "es/A/C.3/80/L.90/index.html", "ru/A/C.3/80/L.90/index.html"], versions.Select(r => r.QuerySelector("a[hreflang]")!.GetAttribute("href")));
    }

    [Fact]
    public void Each_body_session_year_and_kind_has_a_page_listing_exactly_its_documents()
    {
        var cases = new (string Path, string Heading, string[] Symbols)[]
        {
            ("browse/body/general-assembly", "United Nations General Assembly", ["A/RES/80/51", "A/C.3/80/L.90", "A/C.3/79/L.34", "A/RES/2758(XXVI)"]),
            ("browse/body/general-assembly/session-80", "United Nations General Assembly · Session 80", ["A/RES/80/51", "A/C.3/80/L.90"]),
            ("browse/body/general-assembly/session-26", "United Nations General Assembly · Session 26", ["A/RES/2758(XXVI)"]),
            ("browse/body/security-council/2002", "United Nations Security Council · 2002", ["S/RES/1421(2002)"]),
            ("browse/body/human-rights-council/session-55", "United Nations Human Rights Council · Session 55", ["A/HRC/RES/55/10"]),
            ("browse/type/draft", "Drafts", ["A/C.3/80/L.90", "A/C.3/79/L.34"]),
            ("browse/type/resolution", "Resolutions", ["A/RES/80/51", "A/RES/2758(XXVI)", "S/RES/2446(2018)", "S/RES/1421(2002)", "S/RES/368(1975)", "A/HRC/RES/55/10"]),
            ("browse/by-symbol", "All documents by symbol", ["A/C.3/79/L.34", "A/C.3/80/L.90", "A/HRC/RES/55/10", "A/RES/2758(XXVI)", "A/RES/80/51", "S/RES/1421(2002)", "S/RES/2446(2018)", "S/RES/368(1975)"]),
        };

        foreach (var (path, heading, symbols) in cases)
        {
            var page = Page(path);
            Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(symbols, Symbols(page.Body!));
            Assert.Equal(symbols.Length == 1 ? "1 document" : $"{symbols.Length} documents", page.QuerySelector(".browse-count")!.TextContent);
        }
    }

    [Fact]
    public void The_navigation_names_every_group_and_order_with_its_count_and_marks_the_current_page()
    {
        var page = Page("browse/type/draft");

        var links = page.QuerySelectorAll("nav.browse li").Select(Text).ToArray();
        Assert.Equal(
            [
                "United Nations General Assembly (4 documents)", "United Nations Security Council (3 documents)", "United Nations Human Rights Council (1 document)",
                "Resolutions (6 documents)", "Drafts (2 documents)",
                "Newest first (8 documents)", "By symbol (8 documents)",
            ],
            links);
        Assert.Equal(["Drafts"], page.QuerySelectorAll("nav.browse a[aria-current='page']").Select(a => a.TextContent));
        Assert.Equal(["Newest first"], Page("").QuerySelectorAll("nav.browse a[aria-current='page']").Select(a => a.TextContent));
        Assert.Equal(["By symbol"], Page("browse/by-symbol").QuerySelectorAll("nav.browse a[aria-current='page']").Select(a => a.TextContent));
    }

    [Fact]
    public void Every_link_of_every_browse_page_leads_to_a_file_of_the_site()
    {
        var pages = Directory.GetFiles(Path.Combine(LibraryEdition.Site, BrowsePages.Folder), "index.html", SearchOption.AllDirectories).Append(Path.Combine(LibraryEdition.Site, "index.html")).ToArray();
        Assert.Equal(1 + 1 + 3 + 7 + 2, pages.Length);
        foreach (var path in pages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(path));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.StartsWith("https://", StringComparison.Ordinal)))
            {
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, href))), $"{path}: {href}");
            }
        }
    }

    [Fact]
    public void A_symbol_says_its_session_or_year_and_its_kind()
    {
        Assert.Equal(new SymbolPeriod(79, false), SymbolReading.Period("A/C.3/79/L.34"));
        Assert.Equal(new SymbolPeriod(55, false), SymbolReading.Period("A/HRC/RES/55/10"));
        Assert.Equal(new SymbolPeriod(26, false), SymbolReading.Period("A/RES/2758 (XXVI)"));
        Assert.Equal(new SymbolPeriod(2018, true), SymbolReading.Period("S/RES/2446(2018)"));
        Assert.Equal(new SymbolPeriod(2020, true), SymbolReading.Period("E/RES/2020/1"));
        Assert.False(SymbolReading.Period("CRPD/C/PRK/RQ").IsKnown);
        Assert.Equal(DocumentKind.Draft, SymbolReading.Kind("A/C.3/79/L.34/Rev.1"));
        Assert.Equal(DocumentKind.Resolution, SymbolReading.Kind("A/RES/2758(XXVI)"));
        Assert.Equal(DocumentKind.Resolution, SymbolReading.Kind("S/RES/2446 (2018)"));
        Assert.Equal(DocumentKind.Other, SymbolReading.Kind("A/79/457"));
    }

    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_the_browse_pages()
    {

        NuChecker.AssertNoErrors(Path.Combine(LibraryEdition.Site, "index.html"), Path.Combine(LibraryEdition.Site, "browse"));
    }
}
