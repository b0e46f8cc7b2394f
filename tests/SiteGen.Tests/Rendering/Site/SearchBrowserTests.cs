using Microsoft.Playwright;
using SiteGen.Core.Searching;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The search pages of an edition built with its search index (<see cref="SearchSite"/>), in Debian's Chromium
/// under the site's policy header, with no network but the loopback server: a Chinese and an English phrase find
/// their paragraph first, linked at its anchor and shown by its citation; the page's script finds the terms the
/// index was written with; the filters narrow the results; the
/// page is used from the keyboard, announces its results and passes axe; it works under a sub-path.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser, SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public void The_build_publishes_an_index_for_each_language()
    {
        Assert.True(site.Result.Published, string.Join("\n", site.Diagnostics.Items));
        Assert.True(site.Result.SearchIndexed);
        foreach (var language in (string[])["zh", "en"])
        {
            Assert.True(File.Exists(Path.Combine(site.Site, "search", language, "documents.json")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Site, "search", language, "terms"), "*.json"));
            Assert.True(File.Exists(Path.Combine(site.Site, language, "search", "index.html")));
        }
    }

    // The page's script finds the terms the index was written with: the same strings give the same terms.
    [Theory]
    [InlineData("关闭政治犯牢营，第19(b)段；中非稳定团")]
    [InlineData("第１９段 ＡＢＣ 人")]
    [InlineData("日本国憲法のカタカナ ｶﾀｶﾅ 々")]
    [InlineData("대한민국 국회 한")]
    [InlineData("الأُمَمُ المتَّحِدة، مجلس الأمن")]
    [InlineData("Организация Объединённых Наций, Ёлка")]
    [InlineData("Conseil de sécurité — ÉTATS-UNIS, año, l'Assemblée")]
    [InlineData("Chiang Kai-shek's 2758 (XXVI) A/RES/78/218号决议")]
    [InlineData("\uF900\uFA10 𠀀𠀁 ﬁnance ① İstanbul")]
    [InlineData("SÉCURITÉ Łódź Æsir ÿ Ÿ Ĳssel ſ ı ß Straße Ñandú Ålesund ÀÿĀſ")]
    [InlineData("a")]
    [InlineData("")]
    public async Task The_page_and_the_index_find_the_same_terms(string text)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/en/search/");
        await page.WaitForFunctionAsync("() => window.SiteGenSearchTerms !== undefined");

        var indexed = new List<string>();
        SearchTerms.ForIndex(text, term => indexed.Add(term.ToString()));

        Assert.Equal(indexed, await page.EvaluateAsync<string[]>("text => window.SiteGenSearchTerms.index(text)", text));
        Assert.Equal(SearchTerms.ForQuery(text), await page.EvaluateAsync<string[]>("text => window.SiteGenSearchTerms.query(text)", text));
    }

    // The page's script reads each unit of a result's page (its anchor, citation and text) as the index read it from
    // the model: the text of the unit's own paragraph, without its label, note references and links.
    [Theory]
    [InlineData("corpus/zh-sres-2446.txt", "zh-Hans", "zh/S/RES/2446(2018)/")]
    [InlineData("corpus/en-ares-2758.txt", "en", "en/A/RES/2758(XXVI)/")]
    [InlineData("corpus/en-ares-80-51.txt", "en", "en/A/RES/80/51/")]
    public async Task The_page_reads_each_unit_of_a_document_page_as_the_model_gives_it(string source, string language, string folder)
    {
        var model = Sources.Parse(File.ReadAllText(Path.Combine(Golden.CasesDirectory, source)), out _, language);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in model.Units())
        {
            texts.TryAdd(unit.Id.ToString(), unit.Text);
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/en/search/");
        await page.WaitForFunctionAsync("() => window.SiteGenSearchTerms !== undefined");
        var units = await page.EvaluateAsync<string[][]>("async url => window.SiteGenSearchTerms.units(await (await fetch(url)).text())", $"/{folder}");

        Assert.Equal(texts.Keys.Order(StringComparer.Ordinal), units.Select(unit => unit[0]).Order(StringComparer.Ordinal));
        Assert.All(units, unit =>
        {
            Assert.Equal(texts[unit[0]], unit[2]);
            Assert.NotEmpty(unit[1]);
        });
    }

    [Theory]
    [InlineData("/", "zh", "关闭政治犯牢营", "zh/A/C.3/79/L.34/#op19-b", "第19(b)段")]
    [InlineData("/", "zh", "牢", "zh/A/C.3/79/L.34/#op2-a-ii", "第2(a)(二)段")]
    [InlineData("/", "zh", "中非稳定团的任务期限", "zh/S/RES/2446(2018)/#op1", "第1段")]
    [InlineData("/", "en", "expel forthwith the representatives of Chiang Kai-shek", "en/A/RES/2758(XXVI)/#op1", "A/RES/2758(XXVI), para.")]
    [InlineData("/sub/", "en", "permanent members of the Security Council", "sub/en/A/RES/2758(XXVI)/#pp3", "A/RES/2758(XXVI), preambular para. 3")]
    public async Task A_phrase_finds_its_paragraph_first(string prefix, string language, string phrase, string address, string citation)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var foreign = Offline(page);
        await page.GotoAsync($"{site.Server.Origin}{prefix}{language}/search/");

        await page.Locator("#search-input").FillAsync(phrase);
        await page.Keyboard.PressAsync("Enter");

        var first = page.Locator("#search-results a.search-unit").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Equal($"{site.Server.Origin}/{address}", await first.EvaluateAsync<string>("a => a.href"));
        Assert.Contains(citation, await first.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#search-results .search-excerpt mark").First).ToBeVisibleAsync();
        Assert.Contains("?q=", page.Url, StringComparison.Ordinal);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_body_filter_leaves_out_the_other_bodies_documents()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/zh/search/?q=" + Uri.EscapeDataString("决议"));
        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(2);

        var body = page.Locator("#filter-body");
        await Assertions.Expect(body).ToBeVisibleAsync();
        await body.SelectOptionAsync(new SelectOptionValue { Label = "联合国安全理事会" });

        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(1);
        Assert.Contains("S/RES/2446", await page.Locator("#search-results > li a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_is_made_from_the_keyboard_and_its_results_are_announced()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/en/search/");

        // Skip link, site title, then the language versions and the search box, in the order they are read.
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "search-input"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Chiang Kai-shek");
        await page.Keyboard.PressAsync("Enter");

        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(status).ToHaveTextAsync("Documents found: 1");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.className") != "search-unit"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.EndsWith("#op1", await page.EvaluateAsync<string>("document.activeElement.href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", false)]
    [InlineData("en", true)]
    public async Task Axe_finds_no_violations_on_a_page_of_results(string language, bool phone)
    {
        await using var context = await browser.NewContextAsync(phone: phone, dark: phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/{language}/search/?q=" + Uri.EscapeDataString(language == "zh" ? "人权" : "United Nations"));
        await Assertions.Expect(page.Locator("#search-results a.search-unit").First).ToBeVisibleAsync();

        await AxeAudit.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_search_needs_it()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Server.Origin}/en/search/");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("needs JavaScript");
    }

    // Records every request that leaves the loopback server.
    private List<string> Offline(IPage page)
    {
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.Server.Origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        return foreign;
    }
}
