using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>The document page driven in Debian's Chromium: keyboard, popovers, targets, phone, no JavaScript, print.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteBehaviourTests(BrowserFixture browser)
{
    [Fact]
    public async Task Tab_reaches_a_visible_named_permalink_and_a_footnote_reference()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        var permalink = await TabUntil(page, "a.permalink");
        Assert.Equal("#pp1", permalink.Href);
        Assert.Equal("链接到序言部分第 1 段", permalink.Name);
        Assert.Equal("1", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).opacity"));

        var reference = await TabUntil(page, "a.noteref");
        Assert.Equal("#fn1", reference.Href);
        Assert.Equal("脚注 1", reference.Name);
    }

    [Fact]
    public async Task Enter_opens_the_note_in_a_popover_and_escape_closes_it_returning_focus_to_the_reference()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        await page.Locator("#fnref16").FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToBeVisibleAsync();
        Assert.True(await popover.EvaluateAsync<bool>("p => p.matches(':popover-open')"));
        await Assertions.Expect(popover).ToContainTextAsync("见《大会正式记录，第六十八届会议，补编第 53 号》");
        await Assertions.Expect(popover).ToContainTextAsync("脚注 16");
        Assert.EndsWith("/zh/A/C.3/79/L.34/", page.Url);

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(popover).ToBeHiddenAsync();
        Assert.Equal("fnref16", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Tab_moves_from_the_open_note_to_its_close_button_and_on_into_the_text_closing_the_note()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        // Note 7 has no links of its own, so the close button is the popover's only control.
        await page.Locator("#fnref7").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("关闭脚注", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(popover).ToBeHiddenAsync();
        Assert.Equal("fnref8", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task A_second_click_on_the_reference_and_a_click_outside_close_the_popover()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        var popover = page.Locator("#note-popover");
        var reference = page.Locator("#fnref3");

        await reference.ClickAsync();
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await popover.IsVisibleAsync(), "the popover must stay open after the click that opened it");
        await reference.ClickAsync();
        await Assertions.Expect(popover).ToBeHiddenAsync();

        await reference.ClickAsync();
        await Assertions.Expect(popover).ToBeVisibleAsync();
        await page.Mouse.ClickAsync(5, 880);
        await Assertions.Expect(popover).ToBeHiddenAsync();
        Assert.EndsWith("/zh/A/C.3/79/L.34/", page.Url);
    }

    [Fact]
    public async Task The_popover_of_an_ibid_note_shows_what_it_repeats()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FixturePageUrl);

        await page.Locator("#fnref2").ClickAsync();

        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToContainTextAsync("同上。");
        await Assertions.Expect(popover).ToContainTextAsync("“同上”指脚注 1：见《大会正式记录》(A/79/53)，第四章，A 节。");
        Assert.Equal(0, await page.Locator("#note-popover [id]:not(#note-popover-title)").CountAsync());
    }

    [Fact]
    public async Task The_popover_of_an_ibid_note_of_the_seed_shows_the_note_it_repeats_with_its_link()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        await page.Locator("#fnref6").ClickAsync();

        var popover = page.Locator("#note-popover");
        await Assertions.Expect(popover).ToContainTextAsync("同上。");
        await Assertions.Expect(popover).ToContainTextAsync("“同上”指脚注 5：见第 2200 A(XXI)号决议，附件。");
        Assert.Equal("https://undocs.org/zh/A/RES/2200(XXI)", await popover.Locator("a.symbol").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task On_a_360_pixel_phone_every_popover_fits_inside_the_viewport()
    {
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        var popover = page.Locator("#note-popover");

        foreach (var id in new[] { "fnref1", "fnref5", "fnref16", "fnref19", "fnref22", "fnref34" })
        {
            await page.Locator("#" + id).TapAsync();
            await Assertions.Expect(popover).ToBeVisibleAsync();
            var box = (await popover.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= 360 && box.Y + box.Height <= 740, $"popover for #{id} at {box.X},{box.Y} {box.Width}×{box.Height}");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(popover).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task Visiting_a_unit_anchor_scrolls_to_it_and_highlights_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl + "#op19-b");

        var text = page.Locator("#op19-b > .unit-text");
        var box = (await text.BoundingBoxAsync())!;
        Assert.InRange(box.Y, 8, 64);
        var highlighted = await text.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var plain = await page.Locator("#op19-a > .unit-text").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(plain, highlighted);
        Assert.Equal("rgb(255, 241, 184)", highlighted);
        var topmost = await page.EvaluateAsync<bool>("() => { const r = document.querySelector('#op19-b > .unit-text').getBoundingClientRect(); const hit = document.elementFromPoint(r.left + 5, r.top + 5); return document.getElementById('op19-b').contains(hit); }");
        Assert.True(topmost, "the target is covered by something");
    }

    [Fact]
    public async Task Without_javascript_a_footnote_reference_jumps_to_its_note_and_back()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        await page.Locator("#fnref16").ClickAsync();

        Assert.EndsWith("#fn16", page.Url);
        await Assertions.Expect(page.Locator("#fn16")).ToBeInViewportAsync();
        await page.Locator("#fn16 a.backlink").ClickAsync();
        Assert.EndsWith("#fnref16", page.Url);
        await Assertions.Expect(page.Locator("#fnref16")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_permalink_copies_the_full_address_of_its_paragraph()
    {
        await using var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.Server.Origin });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        await page.Locator("#op19-b > .unit-text").HoverAsync();

        await page.Locator("#op19-b > .unit-text > .permalink").ClickAsync();

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("已复制链接");
        Assert.Equal(browser.SeedPageUrl + "#op19-b", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.EndsWith("#op19-b", page.Url);
    }

    [Fact]
    public async Task The_page_makes_no_request_outside_the_site_and_breaks_no_content_security_policy()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(browser.SeedPageUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#fnref1").ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#pp1 > .permalink").ClickAsync();

        Assert.All(requests, url => Assert.StartsWith(browser.Server.Origin + "/", url));
        Assert.Contains(requests, url => url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(requests, url => url.EndsWith(".js", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("/sitegen/")]
    [InlineData("/")]
    public async Task The_site_works_from_the_host_root_and_from_a_sub_path(string prefix)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Server.Origin + prefix);

        await page.Locator("a[hreflang='zh-Hans']").ClickAsync();

        Assert.Equal(browser.Server.Origin + prefix + "zh/A/C.3/79/L.34/index.html", page.Url);
        Assert.Equal("1.8", await LineHeightRatio(page, "#pp1"));
        await page.Locator("a[hreflang='en'][lang='en']").ClickAsync();
        Assert.Equal(browser.Server.Origin + prefix + "en/A/C.3/79/L.34/index.html", page.Url);
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }

    [Fact]
    public async Task The_site_works_from_file_urls()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(SiteBuild.Site.Directory, "index.html")).AbsoluteUri);

        await page.Locator("a[hreflang='zh-Hans']").ClickAsync();

        Assert.EndsWith("/zh/A/C.3/79/L.34/index.html", page.Url);
        Assert.Equal("1.8", await LineHeightRatio(page, "#pp1"));
        await page.Locator("#fnref2").ClickAsync();
        await Assertions.Expect(page.Locator("#note-popover")).ToContainTextAsync("A/HRC/25/63");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator(".site-title").ClickAsync();
        Assert.EndsWith("/index.html", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SiteGen");
    }

    [Fact]
    public async Task The_page_reflows_at_320_pixels_without_horizontal_scrolling()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        foreach (var url in new[] { browser.SeedPageUrl, browser.SiteUrl, browser.SiteUrl + "en/A/C.3/79/L.34/" })
        {
            await page.GotoAsync(url);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} scrolls sideways at 320 px");
        }
    }

    [Fact]
    public async Task Chinese_text_is_never_italic_and_uses_the_reader_s_song_and_hei_faces()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FixturePageUrl);

        var italic = await page.EvaluateAsync<int>("[...document.querySelectorAll('main *')].filter(e => getComputedStyle(e).fontStyle !== 'normal').length");
        Assert.Equal(0, italic);
        Assert.StartsWith("\"Noto Serif CJK SC\"", await page.Locator("#pp1").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        Assert.StartsWith("\"Noto Sans CJK SC\"", await page.Locator("#op1 strong").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        Assert.Equal("700", await page.Locator("#op1 strong").EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
        Assert.Equal("none", await page.Locator("#op1 strong").EvaluateAsync<string>("e => getComputedStyle(e).fontSynthesisWeight"));
    }

    [Fact]
    public async Task Print_shows_the_text_and_every_note_without_the_controls()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".permalink", ".backlink", "nav.toc", ".site-header", ".skip-link", ".download" })
        {
            Assert.Equal("none", await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        Assert.Equal(35, await page.Locator(".note-list > li:visible").CountAsync());
        await Assertions.Expect(page.Locator("#op28")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "print.pdf") });
        Assert.NotEmpty(pdf);
    }

    private static async Task<string> LineHeightRatio(IPage page, string selector) =>
        await page.Locator(selector).EvaluateAsync<string>("e => { const s = getComputedStyle(e); return (parseFloat(s.lineHeight) / parseFloat(s.fontSize)).toFixed(1); }");

    private static async Task<(string Href, string Name)> TabUntil(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var found = await page.EvaluateAsync<string[]?>(
                "s => document.activeElement && document.activeElement.matches(s) ? [document.activeElement.getAttribute('href'), document.activeElement.getAttribute('aria-label') || document.activeElement.textContent] : null",
                selector);
            if (found is not null)
            {
                return (found[0], found[1]);
            }
        }

        Assert.Fail($"Tab never reached {selector}");
        return default;
    }
}
