using Microsoft.Playwright;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.CitingEdition;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The preview of a cited document in Debian's Chromium, on an edition whose citations are known: the seed cites
/// resolution 2397 (2017) and its paragraph 8, and an English resolution cites paragraph 2 of resolution 2446
/// (2018). The pointer resting on such a reference, or keyboard focus on it, shows the cited document's symbol,
/// title, standing and the paragraph named, in the cited page's language; the preview describes the link, stays
/// while the pointer moves onto it, closes on Esc, and axe-core finds no violation with it open. The cited
/// paragraph shows how often it is cited, read by the page's script from the cited-by page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferencePreviewBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly TempContent _content = Edition();
    private SiteServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task The_pointer_resting_on_a_reference_previews_the_paragraph_it_names_until_esc()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("en/S/RES/9999(2030)/"));

        var reference = page.Locator("main a.symbol.cited").First;
        await reference.HoverAsync();
        var preview = page.Locator("#reference-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".reference-preview-symbol")).ToHaveTextAsync("S/RES/2446(2018)");
        await Assertions.Expect(preview.Locator(".reference-preview-unit")).ToHaveTextAsync("2. Decides to remain seized of the matter.");
        Assert.Equal("en", await preview.GetAttributeAsync("lang"));
        Assert.Equal("reference-preview", await reference.GetAttributeAsync("aria-describedby"));

        // The pointer moves onto the preview (to read or select it): it stays.
        await preview.HoverAsync();
        await page.WaitForTimeoutAsync(500);
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "reference-preview-en.png") });

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();
        Assert.Null(await reference.GetAttributeAsync("aria-describedby"));
    }

    [Fact]
    public async Task Keyboard_focus_on_a_reference_previews_the_cited_document_in_its_language()
    {
        await using var context = await browser.NewContextAsync(phone: true, dark: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("zh/A/C.3/79/L.34/"));

        // The seed's second reference to resolution 2397 (2017) names its paragraph 8.
        var reference = page.Locator("main a.symbol.cited[href$='#op8']").First;
        await FocusByKeyboard(page, reference);

        var preview = page.Locator("#reference-preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".reference-preview-symbol")).ToHaveTextAsync("S/RES/2397(2017)");
        await Assertions.Expect(preview.Locator(".reference-preview-unit")).ToHaveTextAsync("8. 决定第8项事项；");
        Assert.Equal("zh-Hans", await preview.GetAttributeAsync("lang"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the preview makes the page scroll sideways");

        await AxeAudit.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "reference-preview-zh-phone-dark.png") });

        // Focus moving on closes it.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(preview).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_paragraph_another_document_cites_shows_how_often_linked_to_the_cited_by_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("en/S/RES/2446(2018)/"));

        // Resolution 9999 (2030) cites its paragraph 2 once; paragraph 1 is not cited.
        var count = page.Locator("#op2 .cited-count");
        await Assertions.Expect(count).ToHaveCountAsync(1);
        Assert.Matches(@"\b1\b", await count.TextContentAsync());
        Assert.EndsWith("cited-by/index.html", await count.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#op1 .cited-count").CountAsync());
    }

    [Fact]
    public async Task A_reference_to_a_document_outside_the_edition_has_no_preview()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("zh/A/C.3/79/L.34/"));

        await page.Locator("main a.symbol:not(.cited)").Nth(1).HoverAsync();
        await page.WaitForTimeoutAsync(600);
        Assert.Equal(0, await page.Locator("#reference-preview:popover-open").CountAsync());
    }

    // Focus as a keyboard user's (which :focus-visible matches): a key pressed, then focus moved to the reference.
    private static async Task FocusByKeyboard(IPage page, ILocator reference)
    {
        await page.Keyboard.PressAsync("Shift");
        await reference.FocusAsync();
        Assert.True(await reference.EvaluateAsync<bool>("link => link.matches(':focus-visible')"), "the reference does not show keyboard focus");
    }

    private string Url(string path)
    {
        _server ??= new SiteServer([("/", Path.Combine(_content.Output, "site"))]);
        return _server.Origin + "/" + path;
    }

    private static TempContent Edition()
    {
        var content = new TempContent();
        Add(content, "S/RES/2397 (2017)", "Security Council", "zh-Hans", ChineseResolution("2397(2017)", 20));
        Add(content, "S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Decides to remain seized of the matter."));
        Add(content, "S/RES/9999 (2030)", "Security Council", "en", EnglishResolution("9999 (2030)", "Recalls paragraph 2 of its resolution 2446 (2018);"));
        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(content.Options() with { Formats = OutputFormats.Site, Search = false }, diagnostics);
        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        return content;
    }
}
