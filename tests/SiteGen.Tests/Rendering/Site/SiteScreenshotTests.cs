using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// Pictures of the site for a person to look at after the run, under the test output's
/// <c>artifacts/screenshots/</c>: desktop and phone, light and dark, a targeted paragraph, an open popover.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteScreenshotTests(BrowserFixture browser)
{
    private static readonly string Folder = RepositoryPaths.Artifacts("screenshots");

    [Fact]
    public async Task Screenshots_of_the_document_page_are_stored_for_review()
    {
        var shots = new List<string>
        {
            await Shoot("desktop-top.png", browser.SeedPageUrl),
            await Shoot("desktop-op19-b.png", browser.SeedPageUrl + "#op19-b"),
            await Shoot("desktop-dark-op2.png", browser.SeedPageUrl + "#op2", dark: true),
            await Shoot("desktop-notes.png", browser.SeedPageUrl + "#notes"),
            await Shoot("desktop-english.png", browser.SiteUrl + "en/A/C.3/79/L.34/"),
            await Shoot("desktop-index.png", browser.SiteUrl),
            await Shoot("phone-top.png", browser.SeedPageUrl, phone: true),
            await Shoot("phone-op2-a-iii.png", browser.SeedPageUrl + "#op2-a-iii", phone: true),
            await Shoot("phone-404.png", browser.SiteUrl + "missing/", phone: true),
            await Shoot("phone-full.png", browser.SeedPageUrl, phone: true, fullPage: true),
            await Shoot("desktop-popover.png", browser.SeedPageUrl + "#pp26", open: "#fnref15"),
            await Shoot("phone-popover.png", browser.SeedPageUrl + "#pp2", phone: true, open: "#fnref1"),
            await Shoot("phone-dark-popover-long-note.png", browser.SeedPageUrl + "#op2-a-xi", phone: true, dark: true, open: "#fnref22"),
            await Shoot("phone-popover-ibid.png", browser.FixturePageUrl + "#pp3", phone: true, open: "#fnref2"),
        };

        Assert.All(shots, path => Assert.True(new FileInfo(path).Length > 1000, $"{path} is empty"));
    }

    private async Task<string> Shoot(string name, string url, bool phone = false, bool dark = false, bool fullPage = false, string? open = null)
    {
        await using var context = await browser.NewContextAsync(phone, dark);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForTimeoutAsync(600);
        if (open is not null)
        {
            await page.Locator(open).ClickAsync();
            await Assertions.Expect(page.Locator("#note-popover")).ToBeVisibleAsync();
        }

        var path = Path.Combine(Folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }
}
