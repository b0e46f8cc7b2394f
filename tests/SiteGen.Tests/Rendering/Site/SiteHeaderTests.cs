using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The document header in Debian's Chromium: the sponsors behind their count on a phone, another language version
/// opened at the same paragraph, the printout's source line; pictures of the header, a copied citation and a
/// printout for a person to look at (<c>artifacts/screenshots/</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteHeaderTests(BrowserFixture browser)
{
    private static readonly string Folder = RepositoryPaths.Artifacts("screenshots");

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task On_a_phone_the_sponsors_are_collapsed_behind_their_count_and_the_title_comes_first(bool phone, bool open)
    {
        await using var context = await browser.NewContextAsync(phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);

        var sponsors = page.Locator("details.sponsors");
        Assert.Equal(open, await sponsors.EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(page.Locator("#document-title")).ToBeInViewportAsync();
        if (!open)
        {
            await Assertions.Expect(sponsors.Locator("p")).ToBeHiddenAsync();
            await sponsors.Locator("summary").ClickAsync();
            await Assertions.Expect(sponsors.Locator("p")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Another_language_version_built_here_opens_at_the_same_paragraph()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl + "#op3-b");

        await page.Locator("nav.languages a[lang='en']").ClickAsync();

        Assert.Equal(browser.SiteUrl + "en/A/C.3/79/L.34/index.html#op3-b", page.Url);
        await Assertions.Expect(page.Locator("#op3-b > .unit-text")).ToBeInViewportAsync();
        Assert.StartsWith("https://undocs.org/fr/", await page.Locator("nav.languages a[lang='fr']").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task A_printout_opens_with_its_address_symbol_and_the_edition_note_and_keeps_the_sponsors()
    {
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        Assert.False(await page.Locator("details.sponsors").EvaluateAsync<bool>("d => d.open"));
        Assert.Equal("none", await page.Locator(".print-line").EvaluateAsync<string>("e => getComputedStyle(e).display"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.EvaluateAsync("dispatchEvent(new Event('beforeprint'))");

        var line = page.Locator(".print-line");
        await Assertions.Expect(line).ToBeVisibleAsync();
        await Assertions.Expect(line).ToHaveTextAsync("https://example.org/sitegen/zh/A/C.3/79/L.34/ · A/C.3/79/L.34 · 非正式阅读版，以正式文本为准。");
        Assert.True(await page.Locator("details.sponsors").EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(page.Locator("details.sponsors p")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ul.download")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "print-header.png") });
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(Folder, "print-header.pdf") });
        Assert.True(pdf.Length > 10_000);
    }

    [Fact]
    public async Task The_printed_pdf_shows_the_source_line_on_its_first_page_only()
    {
        // Chromium prints @page margin boxes but has no running elements, so the line cannot repeat on every page
        // with the page's own address: it stands at the top of the first page, above the symbol.
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.SeedPageUrl);
        var path = Path.Combine(Folder, "print-a4.pdf");
        await page.PdfAsync(new() { Path = path, Format = "A4", PrintBackground = false });
        // A picture of the first printed page, for a person to look at beside the PDF.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "print-first-page.png"), Clip = new() { X = 0, Y = 0, Width = 794, Height = 1123 } });

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
        const string address = "https://example.org/sitegen/zh/A/C.3/79/L.34/";

        Assert.True(pages.Count > 3, $"{pages.Count} pages");
        Assert.Contains(address, pages[0], StringComparison.Ordinal);
        Assert.StartsWith(address, pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), text => Assert.DoesNotContain(address, text, StringComparison.Ordinal));
        // Every note is printed: the last one ("联合国，《条约汇编》，第 596 卷，第 8638 号") is on the last pages.
        Assert.Contains("8638", string.Concat(pages.Skip(pages.Count - 2)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", @"^电子书（EPUB，\d+(\.\d)?\u00A0KB）$")]
    [InlineData("en", @"^E-book \(EPUB, \d+(\.\d)?\u00A0KB\)$")]
    [InlineData("ar", @"^الكتاب الإلكتروني \(EPUB، \d+(,\d)?\u00A0كيلوبايت\)$")]
    [InlineData("fr", @"^Livre numérique \(EPUB, \d+(,\d)?\u00A0Ko\)$")]
    public async Task The_download_list_gives_the_e_book_s_size_in_the_page_s_language_and_keeps_it_on_one_line(string language, string label)
    {
        var url = language switch
        {
            "zh-Hans" => browser.SeedPageUrl,
            "en" => browser.SiteUrl + "en/A/C.3/79/L.34/",
            _ => browser.LanguageSiteUrl + LanguageSite.PagePath(LanguageSamples.All.Single(s => s.Metadata.Language == language)),
        };
        await using var context = await browser.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        var epub = page.Locator("ul.download a[type='application/epub+zip']");
        Assert.Matches(label, await epub.TextContentAsync());
        // The link's last line holds the whole size: its number and unit never part.
        var lastLine = await epub.EvaluateAsync<string>(
            """
            a => {
              const range = document.createRange(); const text = a.firstChild; const rects = [];
              for (let i = 0; i < text.length; i++) { range.setStart(text, i); range.setEnd(text, i + 1); rects.push(Math.round(range.getBoundingClientRect().top)); }
              const last = rects[rects.length - 2];
              return text.data.slice(rects.indexOf(last));
            }
            """);
        Assert.Matches(@"\d+([.,]\d)?\u00A0", lastLine);
        await page.Locator("#preface").ScreenshotAsync(new() { Path = Path.Combine(Folder, $"phone-header-downloads-{language}.png") });
        await using var desktop = await browser.NewContextAsync();
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync(url);
        await wide.Locator("#preface").ScreenshotAsync(new() { Path = Path.Combine(Folder, $"desktop-header-{language}.png") });
    }

    [Fact]
    public async Task Pictures_of_the_header_and_of_a_copied_citation_are_stored_for_review()
    {
        var shots = new List<string>();
        foreach (var (name, phone, dark) in new[] { ("desktop-header.png", false, false), ("phone-header.png", true, false), ("phone-dark-header.png", true, true) })
        {
            await using var context = await browser.NewContextAsync(phone, dark);
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.SeedPageUrl);
            var path = Path.Combine(Folder, name);
            await page.ScreenshotAsync(new() { Path = path });
            shots.Add(path);
        }

        await using (var context = await browser.NewContextAsync())
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.Server.Origin });
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.SeedPageUrl + "#op19-b");
            await page.Locator("#op19-b .cite-button").First.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("已复制引文：A/C.3/79/L.34，第19(b)段");
            var path = Path.Combine(Folder, "desktop-copied-citation.png");
            await page.ScreenshotAsync(new() { Path = path });
            shots.Add(path);
        }

        Assert.All(shots, path => Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty"));
    }
}
