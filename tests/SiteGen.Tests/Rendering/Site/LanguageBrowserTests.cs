using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The Arabic page (right to left) and the Russian page (left to right) of the language site in Debian's
/// Chromium: axe-core finds no WCAG 2.2 A/AA violation, the note popover works from the keyboard and stays on a
/// phone's screen, the layout mirrors (sub-paragraphs indented from the side lines start on), and pictures are
/// left under <c>artifacts/screenshots/</c> for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, bool, bool> AxeCases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (var name in new[] { "ar-draft", "ru-draft" })
        {
            foreach (var dark in new[] { false, true })
            {
                foreach (var phone in new[] { false, true })
                {
                    cases.Add(name, dark, phone);
                }
            }
        }

        return cases;
    }

    public static TheoryData<string, string> Directions => new() { { "ar-draft", "rtl" }, { "ru-draft", "ltr" } };

    private string Url(string name) => browser.LanguageSiteUrl + LanguageSite.PagePath(LanguageSamples.All.Single(s => s.Name == name));

    [Theory]
    [MemberData(nameof(AxeCases))]
    public async Task Axe_finds_no_violations(string name, bool dark, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone, dark);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(name));

        await AssertNoViolations(page);
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task Axe_finds_no_violations_with_a_note_open_and_a_paragraph_targeted(string name, string dir)
    {
        await using var context = await browser.NewContextAsync(phone: true, dark: dir == "rtl");
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(name) + "#op1-b");
        await page.Locator("#fnref1").ClickAsync();
        await Assertions.Expect(page.Locator("#note-popover")).ToBeVisibleAsync();

        await AssertNoViolations(page);
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task Enter_opens_a_note_and_escape_closes_it_returning_focus(string name, string dir)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(name));
        Assert.Equal(dir, await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await page.Locator("#fnref1").FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await Assertions.Expect(popover).ToContainTextAsync("A/62/53");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popover).ToBeHiddenAsync();
        Assert.Equal("fnref1", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task The_open_note_stays_inside_a_phone_screen(string name, string dir)
    {
        _ = dir;
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(name) + "#pp2");
        await page.Locator("#fnref1").ClickAsync();

        var box = await page.Locator("#note-popover").BoundingBoxAsync();

        Assert.NotNull(box);
        Assert.InRange(box.X, 0, 360);
        Assert.InRange(box.X + box.Width, 0, 360);
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task Sub_paragraphs_are_indented_from_the_side_where_lines_start(string name, string dir)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(name));

        var paragraph = (await page.Locator("#op1 > .unit-text").BoundingBoxAsync())!;
        var sub = (await page.Locator("#op1-a > .unit-text").BoundingBoxAsync())!;
        var item = (await page.Locator("#op1-b-i > .unit-text").BoundingBoxAsync())!;

        if (dir == "rtl")
        {
            Assert.True(sub.X + sub.Width < paragraph.X + paragraph.Width - 10, "the sub-paragraph is indented from the right");
            Assert.True(item.X + item.Width < sub.X + sub.Width - 10, "the second degree is indented further from the right");
        }
        else
        {
            Assert.True(sub.X > paragraph.X + 10, "the sub-paragraph is indented from the left");
            Assert.True(item.X > sub.X + 10, "the second degree is indented further from the left");
        }
    }

    [Fact]
    public async Task The_arabic_label_stands_to_the_right_of_its_text()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("ar-draft"));

        var label = (await page.Locator("#op1-a .label").First.BoundingBoxAsync())!;
        var text = (await page.Locator("#op1-a > .unit-text").BoundingBoxAsync())!;

        Assert.True(label.X + label.Width > text.X + (text.Width * 0.8), "the label (أ) opens the line on the right");
    }

    [Fact]
    public async Task Screenshots_of_the_arabic_and_russian_pages_are_stored_for_review()
    {
        var shots = new List<string>
        {
            await Shoot("arabic-desktop-top.png", Url("ar-draft")),
            await Shoot("arabic-desktop-op1-b.png", Url("ar-draft") + "#op1-b"),
            await Shoot("arabic-phone-full.png", Url("ar-draft"), phone: true, fullPage: true),
            await Shoot("arabic-phone-dark-popover.png", Url("ar-draft") + "#pp2", phone: true, dark: true, open: "#fnref1"),
            await Shoot("russian-desktop-top.png", Url("ru-draft")),
            await Shoot("russian-phone-full.png", Url("ru-draft"), phone: true, fullPage: true),
            await Shoot("russian-desktop-popover.png", Url("ru-draft") + "#pp2", open: "#fnref1"),
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

        var path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }

    private static async Task AssertNoViolations(IPage page)
    {
        await AxeAudit.AssertNoViolationsAsync(page);
    }
}
