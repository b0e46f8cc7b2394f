using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>axe-core (WCAG 2.2 A and AA rules) in Debian's Chromium on every page, light and dark, desktop and phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteAccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Pages = ["", "zh/A/C.3/79/L.34/", "en/A/C.3/79/L.34/", "no/such/page/"];

    public static TheoryData<string, bool, bool> Cases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (var page in Pages)
        {
            foreach (var dark in new[] { false, true })
            {
                foreach (var phone in new[] { false, true })
                {
                    cases.Add(page, dark, phone);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_violations(string page, bool dark, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone, dark);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(browser.SiteUrl + page);

        await AssertNoViolations(tab);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Axe_finds_no_violations_with_a_footnote_popover_open(bool dark)
    {
        await using var context = await browser.NewContextAsync(phone: true, dark);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(browser.FixturePageUrl);
        await tab.Locator("#fnref2").ClickAsync();
        await Assertions.Expect(tab.Locator("#note-popover")).ToBeVisibleAsync();

        await AssertNoViolations(tab);
    }

    private static async Task AssertNoViolations(IPage tab)
    {
        await AxeAudit.AssertNoViolationsAsync(tab);
    }
}
