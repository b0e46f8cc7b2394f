using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The browse pages of the library (<see cref="LibraryEdition"/>) in Debian's Chromium with JavaScript off: filtering
/// by kind, body and session and ordering by symbol are links to pages that list the right documents, and a document
/// opens from them; axe-core finds no WCAG 2.2 A/AA violation on them at desktop and phone widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowseBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, bool> Pages() => new()
    {
        { "", false }, { "", true }, { "browse/body/general-assembly/session-80/", false }, { "browse/type/draft/", true },
    };

    [Fact]
    public async Task Without_javascript_the_reader_filters_orders_and_opens_a_document_by_following_links()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.LibraryUrl);

        await page.Locator("nav.browse a", new() { HasTextString = "Drafts" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/browse/type/draft/index\\.html$"));
        Assert.Equal(["A/C.3/80/L.90", "A/C.3/79/L.34"], (await page.Locator("td.symbol-cell").AllTextContentsAsync()).Distinct());

        await page.Locator("nav.browse a", new() { HasTextString = "By symbol" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/browse/by-symbol/index\\.html$"));
        var symbols = (await page.Locator("td.symbol-cell").AllTextContentsAsync()).Distinct().ToList();
        Assert.Equal(symbols.Order(StringComparer.Ordinal), symbols);
        Assert.Equal(8, symbols.Count);

        await page.Locator("nav.browse a", new() { HasTextString = "Newest first" }).ClickAsync();
        await page.Locator("h3 a", new() { HasTextString = "2002" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/browse/body/security-council/2002/index\\.html$"));
        Assert.Equal(["S/RES/1421(2002)"], (await page.Locator("td.symbol-cell").AllTextContentsAsync()).Distinct());

        await page.Locator("td a[hreflang='fr']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/fr/S/RES/1421\\(2002\\)/index\\.html$"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations_on_a_browse_page(string path, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone, dark: phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.LibraryUrl + path);

        await AxeAudit.AssertNoViolationsAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"browse-{path.Replace('/', '-').Trim('-')}-{(phone ? "phone" : "desktop")}.png"), FullPage = true });
    }
}
