using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// Citing a unit in Debian's Chromium: the copy-citation control in the UN's form of the page's language, focus
/// kept on the control that copied, a deep link's path and a range of paragraphs highlighted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteCitingTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("zh/A/C.3/79/L.34/", "op19-b", "A/C.3/79/L.34，第19(b)段", "已复制引文：A/C.3/79/L.34，第19(b)段")]
    [InlineData("zh/A/C.3/79/L.34/", "pp5", "A/C.3/79/L.34，序言部分第5段", "已复制引文：A/C.3/79/L.34，序言部分第5段")]
    [InlineData("zh/A/C.3/79/L.34/", "op2-a-iii", "A/C.3/79/L.34，第2(a)(三)段", "已复制引文：A/C.3/79/L.34，第2(a)(三)段")]
    [InlineData("en/A/C.3/79/L.34/", "op3-b", "A/C.3/79/L.34, para. 3 (b)", "Citation copied: A/C.3/79/L.34, para. 3 (b)")]
    public async Task The_citation_button_copies_the_UN_form_announces_it_and_keeps_focus(string page, string id, string citation, string announced)
    {
        await using var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.Server.Origin });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(browser.SiteUrl + page);
        var button = tab.Locator($"[id='{id}'] .cite-button").First;

        await button.FocusAsync();
        await tab.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Locator("#copy-status")).ToHaveTextAsync(announced);
        Assert.Equal("status", await tab.Locator("#copy-status").GetAttributeAsync("role"));
        Assert.Equal(citation, await tab.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.True(await button.EvaluateAsync<bool>("b => b === document.activeElement"), "focus left the button");
        Assert.EndsWith(citation, await button.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_permalink_copies_focus_stays_on_it_and_Tab_moves_on_to_the_next_control()
    {
        await using var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.Server.Origin });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        await page.Locator("#op19 > .unit-text > .permalink").FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("已复制链接");
        Assert.EndsWith("#op19", page.Url);
        Assert.Equal("#op19", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("复制引文：A/C.3/79/L.34，第19段", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#op19-a", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_deep_link_to_a_sub_paragraph_shows_its_paragraph_number_in_view(bool phone)
    {
        await using var context = await browser.NewContextAsync(phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.SeedPageUrl + "#op19-b");

        var text = page.Locator("#op19-b > .unit-text");
        Assert.Equal("\"19 → (b)\"", await text.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        Assert.Equal("block", await text.EvaluateAsync<string>("e => getComputedStyle(e, '::before').display"));
        await Assertions.Expect(text).ToBeInViewportAsync();
        Assert.Equal("none", await page.Locator("#op19-c > .unit-text").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));

        await page.GotoAsync(browser.SeedPageUrl + "#op2-a-iii");
        Assert.Equal("\"2 → (a) → (三)\"", await page.Locator("#op2-a-iii > .unit-text").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
    }

    [Fact]
    public async Task A_link_to_a_range_of_paragraphs_highlights_the_range_and_only_it()
    {
        await using var context = await browser.NewContextAsync(phone: true, dark: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.SeedPageUrl + "#op8-op15");

        Assert.Equal(
            Enumerable.Range(8, 8).Select(n => $"op{n}").ToArray(),
            await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.in-range')].map(e => e.id)"));
        var highlighted = await Background(page, "#op8 > .unit-text");
        Assert.Equal(highlighted, await Background(page, "#op15 > .unit-text"));
        Assert.NotEqual(highlighted, await Background(page, "#op16 > .unit-text"));
        Assert.NotEqual(highlighted, await Background(page, "#op7 > .unit-text"));
        await Assertions.Expect(page.Locator("#op8 > .unit-text")).ToBeInViewportAsync();

        await page.EvaluateAsync("location.hash = '#pp2-pp3'");
        await Assertions.Expect(page.Locator(".in-range")).ToHaveCountAsync(2);
        Assert.Equal("pp2", await page.Locator(".in-range").First.GetAttributeAsync("id"));
    }

    [Fact]
    public async Task In_forced_colours_a_linked_paragraph_is_outlined_in_the_system_highlight()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, ForcedColors = ForcedColors.Active });
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.SeedPageUrl + "#op19-b");

        Assert.True(await page.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"));
        var text = page.Locator("#op19-b > .unit-text");
        Assert.Equal("solid", await text.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.Equal("3px", await text.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth"));
        Assert.Equal("none", await page.Locator("#op19-c > .unit-text").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "desktop-forced-colours-op19-b.png") });
    }

    private static Task<string> Background(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
