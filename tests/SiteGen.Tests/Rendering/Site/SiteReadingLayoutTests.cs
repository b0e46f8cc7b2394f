using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// What a careful accessibility audit checks beyond axe, in Debian's Chromium: controls that take no room in the
/// text, the skip link's landing place, the nesting a screen reader hears, the index on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteReadingLayoutTests(BrowserFixture browser)
{
    // Every unit's height with its controls, then without them: a control that needs room wraps the text's end.
    // The controls are hidden through the CSS object model, which the page's Content-Security-Policy allows.
    private const string HeightsWithAndWithoutControls = """
        () => {
          const heights = () => [...document.querySelectorAll('.unit-text')].map(e => [e.closest('[id]').id, e.getBoundingClientRect().height]);
          const controls = [...document.querySelectorAll('.permalink, .cite-button')];
          const shown = heights();
          for (const control of controls) control.style.setProperty('display', 'none', 'important');
          const hidden = heights();
          for (const control of controls) control.style.removeProperty('display');
          return shown.filter((entry, i) => entry[1] !== hidden[i][1]).map(entry => entry[0]);
        }
        """;

    [Theory]
    [InlineData("zh/A/C.3/79/L.34/", false)]
    [InlineData("zh/A/C.3/79/L.34/", true)]
    [InlineData("en/A/C.3/79/L.34/", true)]
    public async Task The_permalink_and_citation_controls_never_carry_the_text_s_last_characters_onto_a_line_of_their_own(string page, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(browser.SiteUrl + page);
        Assert.True(await tab.Locator(".cite-button").CountAsync() > 0, "the page has no citation buttons");

        var wrapped = await tab.EvaluateAsync<string[]>(HeightsWithAndWithoutControls);

        Assert.Empty(wrapped);
        Assert.True(await tab.EvaluateAsync<int>("document.documentElement.scrollWidth") <= (phone ? 360 : 1280), "the controls push the page sideways");
    }

    [Fact]
    public async Task The_skip_link_lands_past_the_contents_list_at_the_start_of_the_text()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        Assert.EndsWith("#text", page.Url);
        Assert.Equal("大会，", await page.Locator("#text").TextContentAsync());
        Assert.False(await page.EvaluateAsync<bool>("!!document.activeElement.closest('nav.toc, .preface')"), "Tab after the skip link went to the contents");
        Assert.Equal("#pp1", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [Fact]
    public async Task Sub_paragraphs_are_heard_as_lists_nested_in_their_paragraph_with_their_labels()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        var tree = await page.Locator("#op2").AriaSnapshotAsync();

        // The paragraph is an item of the operative part's list; (a) is an item of a list inside it, (一) deeper.
        var lines = tree.Split('\n');
        Assert.StartsWith("- listitem", lines[0], StringComparison.Ordinal);
        var a = Array.FindIndex(lines, line => line.Contains("text: (a)", StringComparison.Ordinal));
        var i = Array.FindIndex(lines, line => line.Contains("text: (一)", StringComparison.Ordinal));
        Assert.True(a > 0 && i > a, tree);
        Assert.Equal(["listitem", "list", "listitem", "paragraph", "text"], Ancestry(lines, a));
        Assert.Equal(["listitem", "list", "listitem", "list", "listitem", "paragraph", "text"], Ancestry(lines, i));
        Assert.Equal("none", await page.Locator("#op2-a").EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
    }

    [Fact]
    public async Task On_a_phone_the_index_caption_reads_as_one_line()
    {
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SiteUrl);

        var caption = page.Locator("table.documents caption");
        var lines = await caption.EvaluateAsync<int>("e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }");
        var width = await caption.EvaluateAsync<double>("e => e.getBoundingClientRect().width");

        Assert.Equal(1, lines);
        Assert.True(width > 200, $"the caption is {width} px wide");
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    // The roles from the snapshot's root down to the line at index: each less indented line above it is a parent.
    private static List<string> Ancestry(string[] lines, int index)
    {
        var roles = new List<string>();
        var indent = int.MaxValue;
        for (var n = index; n >= 0; n--)
        {
            if (Indent(lines[n]) < indent)
            {
                indent = Indent(lines[n]);
                roles.Insert(0, lines[n].TrimStart(' ', '-').Split(':', ' ')[0]);
            }
        }

        return roles;
    }
}
