using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The parallel views and the language switcher of the library (<see cref="LibraryEdition"/>) in Debian's Chromium:
/// axe-core finds no WCAG 2.2 A/AA violation at desktop and phone widths, in a left-to-right page with a
/// right-to-left side and the other way round; the sides of a unit sit side by side on a desktop (mirrored in an
/// Arabic page) and stack on a phone; switching version keeps the paragraph the reader is on, whether the address
/// names it or the reader scrolled to it, and without JavaScript the links lead to the top.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParallelBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, string, bool> Views()
    {
        var cases = new TheoryData<string, string, bool>();
        foreach (var (from, to) in new[] { ("en", "ar"), ("ar", "en"), ("zh", "en") })
        {
            cases.Add(from, to, false);
            cases.Add(from, to, true);
        }

        return cases;
    }

    private string View(string from, string to) => $"{browser.LibraryUrl}{from}/A/RES/2758(XXVI)/parallel/{to}/";

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Axe_finds_no_violations_on_a_parallel_view(string from, string to, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone, dark: phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(View(from, to) + "#op1");

        await AxeAudit.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), $"parallel-{from}-{to}-{(phone ? "phone" : "desktop")}.png"), FullPage = true });
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_two_versions_of_a_unit_sit_side_by_side_on_a_desktop_and_stack_on_a_phone(string from, string to, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(View(from, to));

        foreach (var id in new[] { "pp1", "pp3", "op1" })
        {
            var first = (await page.Locator($"#{id} > .version").First.BoundingBoxAsync())!;
            var second = (await page.Locator($"#{id} > .version").Last.BoundingBoxAsync())!;
            if (phone)
            {
                Assert.True(second.Y >= first.Y + first.Height - 1, $"{id}: the second version is not below the first");
            }
            else
            {
                Assert.True(Math.Abs(second.Y - first.Y) < 2, $"{id}: the versions do not start on one line");

                // The version read from comes first in the page's reading direction: on the left, or on the right in Arabic.
                Assert.True(from == "ar" ? first.X > second.X + second.Width - 1 : second.X > first.X + first.Width - 1, $"{id}: the versions overlap or are in the wrong order");
            }
        }

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways");
    }

    [Fact]
    public async Task Switching_language_keeps_the_paragraph_the_address_names()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.LibraryUrl}en/A/RES/2758(XXVI)/#pp2");

        await page.Locator("nav.languages a[hreflang='zh-Hans'].built").ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/zh/A/RES/2758\(XXVI\)/(index\.html)?#pp2$"));
        Assert.Equal("pp2", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
    }

    [Fact]
    public async Task Switching_to_a_parallel_view_and_on_to_another_version_keeps_the_paragraph_scrolled_to()
    {
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.LibraryUrl}ru/A/C.3/80/L.90/");
        var parallel = page.Locator("nav.languages a.parallel[hreflang='ar']");
        await Assertions.Expect(parallel).ToHaveAttributeAsync("href", "parallel/ar/index.html");

        await page.EvaluateAsync("document.getElementById('pp3').scrollIntoView({ block: 'start' })");
        await Assertions.Expect(parallel).ToHaveAttributeAsync("href", "parallel/ar/index.html#pp3");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await parallel.ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/ru/A/C\.3/80/L\.90/parallel/ar/(index\.html)?#pp3$"));
        Assert.Equal("pp3", await page.EvaluateAsync<string>("document.querySelector(':target').id"));

        await page.Locator("nav.languages a.built[hreflang='ar']").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ar/A/C\.3/80/L\.90/(index\.html)?#pp3$"));
    }

    [Fact]
    public async Task Without_javascript_the_version_links_lead_to_the_top_of_the_other_page()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.LibraryUrl}ru/A/C.3/80/L.90/#op2");

        await page.Locator("nav.languages a.parallel[hreflang='ar']").ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/ru/A/C\.3/80/L\.90/parallel/ar/index\.html$"));
        Assert.Equal(2, await page.Locator("#op1-b-i > .version").CountAsync());
    }
}
