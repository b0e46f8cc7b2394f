using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>The built site read back with AngleSharp: anchors, note links, symbol links, head metadata, relative links.</summary>
public sealed class SiteStructureTests
{
    private const string SeedPagePath = "zh/A/C.3/79/L.34/index.html";

    private static readonly HtmlParser Parser = new();

    private static IDocument Page(string relativePath) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(SiteBuild.Site.Directory, relativePath)));

    private static IDocument SeedPage => Page(SeedPagePath);

    private static IEnumerable<string> HtmlPages =>
        Directory.GetFiles(SiteBuild.Site.Directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void The_site_builds_without_diagnostics()
    {
        Assert.Empty(SiteBuild.Site.Diagnostics);
    }

    [Fact]
    public void The_English_site_title_is_marked_as_English_on_a_Chinese_page_and_the_skip_link_goes_to_the_text()
    {
        Assert.Equal("en", SeedPage.QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("en", SeedPage.QuerySelector(".site-footer a[href$='index.html']")!.GetAttribute("lang"));
        Assert.Null(Page("en/A/C.3/79/L.34/index.html").QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("#text", SeedPage.QuerySelector(".skip-link")!.GetAttribute("href"));
        Assert.Equal("enacting-formula", SeedPage.GetElementById("text")!.ClassName);
        Assert.Equal("#main", Page("index.html").QuerySelector(".skip-link")!.GetAttribute("href"));
    }

    [Fact]
    public void Sub_paragraphs_are_list_items_inside_their_paragraph_and_keep_their_labels()
    {
        var sub = SeedPage.GetElementById("op19-b")!;

        Assert.Equal(("LI", "OL", "op19"), (sub.TagName, sub.ParentElement!.TagName, sub.ParentElement.ParentElement!.Id));
        Assert.Equal("(b) ", sub.QuerySelector(":scope > .unit-text > .label")!.TextContent);
        Assert.Equal("OL", SeedPage.GetElementById("op19")!.ParentElement!.TagName);
        Assert.Equal("A/C.3/79/L.34，第19(b)段", sub.GetAttribute("data-cite"));
        Assert.Equal("19 → (b)", sub.QuerySelector(":scope > .unit-text")!.GetAttribute("data-path"));
    }

    [Fact]
    public void The_site_has_a_root_index_its_browse_pages_a_404_page_a_page_and_parallel_views_per_language_version_and_a_search_page_per_language_and_no_cited_by_page_of_an_uncited_document()
    {
        var pages = HtmlPages.Select(p => Path.GetRelativePath(SiteBuild.Site.Directory, p).Replace('\\', '/'));

        Assert.Equal(
            [
                "404.html",
                "browse/body/general-assembly/index.html", "browse/body/general-assembly/session-79/index.html", "browse/by-symbol/index.html", "browse/type/draft/index.html",
                "en/A/C.3/79/L.34/index.html", "en/A/C.3/79/L.34/parallel/zh/index.html", "en/search/index.html",
                "index.html", SeedPagePath, "zh/A/C.3/79/L.34/parallel/en/index.html", "zh/search/index.html",
            ],
            pages);
    }

    [Fact]
    public void Every_anchor_of_the_seed_exists_exactly_once()
    {
        var page = SeedPage;
        var expected = new List<string>();
        expected.AddRange(Enumerable.Range(1, 31).Select(n => $"pp{n}"));
        expected.AddRange(Enumerable.Range(1, 28).Select(n => $"op{n}"));
        expected.AddRange(["op2-a", "op2-b", "op2-c"]);
        expected.AddRange(Enumerable.Range(1, 13).Select(n => $"op2-a-{Ordinals.ToRoman(n).ToLowerInvariant()}"));
        expected.AddRange(Enumerable.Range(1, 18).Select(n => $"op19-{Ordinals.ToLetters(n)}"));
        expected.AddRange(Enumerable.Range(1, 35).Select(n => $"fn{n}"));

        foreach (var id in expected)
        {
            Assert.True(page.QuerySelectorAll($"[id='{id}']").Length == 1, $"#{id} should exist exactly once");
        }

        var allIds = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SiteBuild.Seed.Units().Select(u => u.Id.ToString()), page.QuerySelectorAll(".unit").Select(e => e.Id!));
    }

    [Fact]
    public void Every_unit_shows_the_source_label_and_has_a_named_permalink_to_itself()
    {
        var page = SeedPage;
        foreach (var unit in page.QuerySelectorAll(".unit"))
        {
            var permalink = unit.QuerySelector(":scope > .permalink, :scope > .unit-text > .permalink");
            Assert.NotNull(permalink);
            Assert.Equal("#" + unit.Id, permalink.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(permalink.GetAttribute("aria-label")), $"permalink of #{unit.Id} has no name");
        }

        Assert.Equal("(三)", page.QuerySelector("#op2-a-iii > .unit-text > .label")!.TextContent.Trim());
        Assert.Equal("链接到执行部分第 19(b) 段", page.QuerySelector("#op19-b > .unit-text > .permalink")!.GetAttribute("aria-label"));
        Assert.Equal("链接到序言部分第 12 段", page.QuerySelector("#pp12 > .permalink")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Every_note_reference_links_to_its_note_and_every_note_back_to_its_first_reference()
    {
        var page = SeedPage;
        var references = page.QuerySelectorAll("a.noteref");
        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            Assert.Equal("doc-noteref", reference.GetAttribute("role"));
            var target = reference.GetAttribute("href")!;
            Assert.NotNull(page.GetElementById(target[1..]));
            Assert.Equal($"脚注 {reference.TextContent}", reference.GetAttribute("aria-label"));
        }

        foreach (var note in SiteBuild.Seed.Footnotes)
        {
            var anchor = page.GetElementById(note.Id.ReferenceAnchor);
            Assert.NotNull(anchor);
            Assert.Equal($"#fn{note.Number}", anchor.GetAttribute("href"));
            var back = page.QuerySelector($"#fn{note.Number} a.backlink");
            Assert.NotNull(back);
            Assert.Equal($"#fnref{note.Number}", back.GetAttribute("href"));
            Assert.Equal("doc-backlink", back.GetAttribute("role"));
            Assert.Contains(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), back.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public void Every_symbol_link_of_the_model_points_to_undocs_in_the_page_language()
    {
        var page = SeedPage;
        var links = page.QuerySelectorAll("a.symbol").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var modelLinks = SymbolLinks(SiteBuild.Seed).ToList();
        Assert.True(modelLinks.Count >= 50, $"the seed should have its symbols and resolutions linked; the model has {modelLinks.Count}");
        foreach (var link in modelLinks)
        {
            Assert.Contains((link.Text, $"https://undocs.org/zh/{link.Symbol}"), links);
        }

        Assert.Contains(("A/HRC/25/63", "https://undocs.org/zh/A/HRC/25/63"), links);
        Assert.Contains(page.QuerySelectorAll("#pp2 a.symbol"), a => a.GetAttribute("href") == "https://undocs.org/zh/A/RES/78/218");
        Assert.Contains(page.QuerySelectorAll("#pp2 a.symbol"), a => a.GetAttribute("href") == "https://undocs.org/zh/A/HRC/RES/55/21");
        Assert.Equal(
            "https://www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea",
            page.QuerySelector("#fn22 a.web")!.GetAttribute("href"));

        Assert.All(links, link => Assert.StartsWith("https://undocs.org/zh/", link.Item2));
        Assert.Equal("https://undocs.org/zh/A/C.3/79/L.34", page.QuerySelector(".preface a.symbol")!.GetAttribute("href"));
    }

    [Fact]
    public void The_header_says_what_the_document_is_and_where_it_stands()
    {
        var preface = SeedPage.QuerySelector("#preface")!;

        Assert.Equal("朝鲜民主主义人民共和国人权状况", preface.QuerySelector("h1")!.TextContent);
        (string, string)[] facts =
        [
            ("文号", "A/C.3/79/L.34"),
            ("机构", "联合国大会，第三委员会"),
            ("届会", "第七十九届会议"),
            ("议程项目", "71(c) 促进和保护人权：人权状况及特别报告员和代表的报告"),
            ("分发", "限制分发"),
            ("原文", "英文"),
            ("状况", "草案已由委员会核准并提交全体会议"),
            ("核准日期", "2024年11月20日"),
            ("表决", "未经表决"),
        ];
        Assert.Equal(facts, preface.QuerySelectorAll("dl.facts > div").Select(f => (f.QuerySelector("dt")!.TextContent, f.QuerySelector("dd")!.TextContent)));
        Assert.Equal("https://undocs.org/zh/A/C.3/79/L.34", preface.QuerySelector(".fact-symbol a")!.GetAttribute("href"));

        var sponsors = preface.QuerySelector("details.sponsors")!;
        Assert.Equal("46个提案国", sponsors.QuerySelector("summary")!.TextContent);
        Assert.StartsWith("阿尔巴尼亚、安道尔、", sponsors.QuerySelector("p")!.TextContent);
        Assert.EndsWith("大不列颠及北爱尔兰联合王国和美利坚合众国：决议草案", sponsors.QuerySelector("p")!.TextContent);
        Assert.True(sponsors.HasAttribute("open"), "without JavaScript the sponsors are shown");
        Assert.Equal(["目录", "序言部分", "执行部分", "脚注"], SeedPage.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void The_header_states_the_edition_is_unofficial_and_links_the_official_text_and_the_files()
    {
        var preface = SeedPage.QuerySelector("#preface")!;

        var note = preface.QuerySelector(".edition-note")!;
        Assert.StartsWith("非正式阅读版，以正式文本为准。", note.TextContent);
        Assert.Equal("https://undocs.org/zh/A/C.3/79/L.34", note.QuerySelector("a")!.GetAttribute("href"));
        (string?, string?)[] downloads =
        [
            ("https://undocs.org/zh/A/C.3/79/L.34", "application/pdf"),
            ("A-C.3-79-L.34.zh.epub", "application/epub+zip"),
            ("A-C.3-79-L.34.zh.json", "application/json"),
        ];
        Assert.Equal(downloads, preface.QuerySelectorAll(".download a").Select(a => (a.GetAttribute("href"), a.GetAttribute("type"))));
        Assert.Equal(
            ["正式文本（PDF，undocs.org）", "电子书（EPUB，", "内容模型（JSON，"],
            preface.QuerySelectorAll(".download a").Select(a => System.Text.RegularExpressions.Regex.Replace(a.TextContent, @"\d+(\.\d)?\u00A0KB）$", "")));
        Assert.Equal(
            "https://example.org/sitegen/zh/A/C.3/79/L.34/ · A/C.3/79/L.34 · 非正式阅读版，以正式文本为准。",
            preface.QuerySelector(".print-line")!.TextContent);
    }

    [Fact]
    public void Every_page_lists_the_six_official_languages_built_ones_here_the_others_on_undocs_and_marks_the_original()
    {
        var versions = SeedPage.QuerySelectorAll("nav.languages li a:not(.parallel)").ToList();

        (string?, string?, string)[] expected =
        [
            ("ar", "https://undocs.org/ar/A/C.3/79/L.34", "العربية"),
            ("zh-Hans", "index.html", "中文"),
            ("en", "../../../../../en/A/C.3/79/L.34/index.html", "English"),
            ("fr", "https://undocs.org/fr/A/C.3/79/L.34", "Français"),
            ("ru", "https://undocs.org/ru/A/C.3/79/L.34", "Русский"),
            ("es", "https://undocs.org/es/A/C.3/79/L.34", "Español"),
        ];
        Assert.Equal(expected, versions.Select(a => (a.GetAttribute("lang"), a.GetAttribute("href"), a.TextContent)));
        Assert.Equal("page", versions[1].GetAttribute("aria-current"));
        Assert.Equal(["built", "built"], versions.Where(a => a.ClassList.Contains("built")).Select(a => a.ClassName));
        Assert.Equal("rtl", versions[0].GetAttribute("dir"));
        var original = Assert.Single(SeedPage.QuerySelectorAll("nav.languages .original"));
        Assert.Equal("English", original.ParentElement!.QuerySelector("a")!.TextContent);
        Assert.Equal("(原文)", original.TextContent);
        Assert.Equal("(original)", Page("en/A/C.3/79/L.34/index.html").QuerySelector("nav.languages .original")!.TextContent);
    }

    [Fact]
    public void Every_ibid_note_of_the_seed_carries_what_it_repeats()
    {
        var page = SeedPage;
        var ibids = SiteBuild.Seed.Footnotes.Where(n => n.Repeats is not null).ToList();

        Assert.NotEmpty(ibids);
        foreach (var note in ibids)
        {
            var repeats = page.QuerySelector($"#fn{note.Number} .note-repeats");
            Assert.NotNull(repeats);
            Assert.StartsWith($"“同上”指脚注 {note.Repeats}：", repeats.TextContent);
        }

        Assert.Equal("“同上”指脚注 5：见第 2200 A(XXI)号决议，附件。", page.QuerySelector("#fn6 .note-repeats")!.TextContent);
    }

    [Fact]
    public void Operative_verbs_keep_their_bold()
    {
        Assert.Equal("最强烈地谴责", SeedPage.QuerySelector("#op1 > .unit-text > strong")!.TextContent);
    }

    [Fact]
    public void The_table_of_contents_lists_preface_preamble_the_28_operative_paragraphs_and_notes()
    {
        var toc = SeedPage.QuerySelector("nav.toc")!;
        var targets = toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["#preface", "#preamble", "#operative", .. Enumerable.Range(1, 28).Select(n => $"#op{n}"), "#notes"], targets);
    }

    [Fact]
    public void The_head_carries_canonical_alternates_open_graph_json_ld_and_the_e_book()
    {
        var page = SeedPage;

        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://example.org/sitegen/zh/A/C.3/79/L.34/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        (string?, string?)[] versions =
            [("en", "https://example.org/sitegen/en/A/C.3/79/L.34/"), ("zh-Hans", "https://example.org/sitegen/zh/A/C.3/79/L.34/")];
        Assert.Equal(versions, page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        // The English page names the same two: its Chinese version sorts after it, as the English one sorts before the Chinese page.
        Assert.Equal(versions, Page("en/A/C.3/79/L.34/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal("https://example.org/sitegen/zh/A/C.3/79/L.34/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Contains("A/C.3/79/L.34", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("A-C.3-79-L.34.zh.epub", page.QuerySelector("link[rel=alternate][type='application/epub+zip']")!.GetAttribute("href"));
        Assert.Equal("A-C.3-79-L.34.zh.epub", page.QuerySelector(".download a[type='application/epub+zip']")!.GetAttribute("href"));

        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Legislation", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("A/C.3/79/L.34", json.RootElement.GetProperty("legislationIdentifier").GetString());

        // A draft a committee approved is not yet passed by the Assembly; the edition's date is only its modification date.
        Assert.False(json.RootElement.TryGetProperty("legislationPassedBy", out _));
        Assert.False(json.RootElement.TryGetProperty("legislationDate", out _));
        Assert.Equal("2024-11-20", json.RootElement.GetProperty("dateModified").GetString());
        Assert.Equal(
            [("https://undocs.org/zh/A/C.3/79/L.34", "https://schema.org/OfficialLegalValue"), ("https://example.org/sitegen/zh/A/C.3/79/L.34/A-C.3-79-L.34.zh.epub", "https://schema.org/UnofficialLegalValue")],
            json.RootElement.GetProperty("encoding").EnumerateArray().Select(e => (e.GetProperty("contentUrl").GetString(), e.GetProperty("legislationLegalValue").GetString())));
        Assert.All(json.RootElement.GetProperty("encoding").EnumerateArray(), e => Assert.Equal("LegislationObject", e.GetProperty("@type").GetString()));
    }

    [Fact]
    public void Pages_have_no_inline_script_or_style_and_load_only_hashed_deferred_assets_from_the_site()
    {
        foreach (var path in HtmlPages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(path));
            Assert.Empty(page.QuerySelectorAll("[style], style"));
            Assert.All(page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)), a => Assert.Fail($"event handler attribute {a.Name} in {path}"));
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    continue;
                }

                Assert.Equal("", script.TextContent);
                Assert.True(script.HasAttribute("defer"));
                // The site's script; the search page's besides.
                Assert.Matches(@"assets/(site|search)\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
            }

            Assert.Matches(@"assets/site\.[0-9a-f]{10}\.css$", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Links_between_pages_are_relative_and_lead_to_files_that_exist()
    {
        foreach (var path in HtmlPages.Where(p => Path.GetFileName(p) != "404.html"))
        {
            var page = Parser.ParseDocument(File.ReadAllText(path));
            var references = page.QuerySelectorAll("a[href]:not(.web), link[href], script[src]")
                .Where(e => e.GetAttribute("rel") is not ("canonical" or "alternate") || e.GetAttribute("type") is not null)
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            foreach (var reference in references)
            {
                if (reference.StartsWith("https://undocs.org/", StringComparison.Ordinal) || reference.StartsWith('#') || reference.EndsWith(".epub", StringComparison.Ordinal) || reference.EndsWith(".json", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.False(reference.StartsWith('/') || reference.Contains("://", StringComparison.Ordinal), $"{reference} in {path} is not relative");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Split('#')[0]));
                Assert.True(File.Exists(target), $"{reference} in {path} leads nowhere");
            }
        }
    }

    [Fact]
    public void The_index_lists_every_language_version_with_links_to_the_page_and_the_e_book()
    {
        var rows = Page("index.html").QuerySelectorAll("table.documents tbody tr");

        Assert.Equal(2, rows.Length);
        var chinese = rows.Single(r => r.QuerySelector("a[hreflang='zh-Hans']") is not null);
        Assert.Equal("A/C.3/79/L.34", chinese.QuerySelector(".symbol-cell")!.TextContent);
        Assert.Equal(SeedPagePath, chinese.QuerySelector("a[hreflang]")!.GetAttribute("href"));
        Assert.Equal("zh/A/C.3/79/L.34/A-C.3-79-L.34.zh.epub", chinese.QuerySelector("a[type='application/epub+zip']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_because_it_is_served_at_any_depth()
    {
        var page = Page("404.html");

        Assert.Equal("/sitegen/index.html", page.QuerySelector(".site-title")!.GetAttribute("href"));
        Assert.StartsWith("/sitegen/assets/site.", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Identical_input_gives_identical_bytes()
    {
        var first = SiteBuild.Build(Path.Combine(Path.GetTempPath(), "sitegen-site-a-" + Environment.ProcessId));
        var second = SiteBuild.Build(Path.Combine(Path.GetTempPath(), "sitegen-site-b-" + Environment.ProcessId));
        try
        {
            var files = Directory.GetFiles(first.Directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Directory, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(files, Directory.GetFiles(second.Directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Directory, f)).Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(first.Directory, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second.Directory, file))), $"{file} differs");
            }
        }
        finally
        {
            Directory.Delete(first.Directory, recursive: true);
            Directory.Delete(second.Directory, recursive: true);
        }
    }

    [Fact]
    public void Source_text_cannot_inject_markup_and_the_fixture_renders_its_links_and_ibid_note()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-fixture-").FullName;
        try
        {
            var diagnostics = new DiagnosticBag();
            new SiteRenderer(RepositoryPaths.Templates).Render([SiteFixtureDocument.Chinese()], SiteBuild.Options, directory, diagnostics);
            Assert.Empty(diagnostics.Items);
            var html = File.ReadAllText(Path.Combine(directory, SeedPagePath));
            var page = Parser.ParseDocument(html);

            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;", html);
            Assert.Single(page.QuerySelectorAll("script:not([type])"));
            Assert.Equal("https://undocs.org/zh/A/RES/78/218", page.QuerySelector("#pp2 a.symbol")!.GetAttribute("href"));
            Assert.Equal("https://www.ohchr.org/en/documents", page.QuerySelector("#fn3 a.web")!.GetAttribute("href"));
            Assert.Equal("“同上”指脚注 1：见《大会正式记录》(A/79/53)，第四章，A 节。", page.QuerySelector("#fn2 .note-repeats")!.TextContent);
            Assert.Equal("and", page.QuerySelector("#op19-b em")!.TextContent);
            Assert.False(page.QuerySelector("#pp3 a.noteref[href='#fn1']")!.HasAttribute("id"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_document_without_other_language_versions_has_no_alternates_and_pages_of_any_depth_link_back_to_the_root()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-two-documents-").FullName;
        try
        {
            var diagnostics = new DiagnosticBag();
            new SiteRenderer(RepositoryPaths.Templates).Render(
                [SiteFixtureDocument.Chinese("A/HRC/RES/55/21"), SiteFixtureDocument.Chinese()], SiteBuild.Options, directory, diagnostics);
            Assert.Empty(diagnostics.Items);

            var deep = Parser.ParseDocument(File.ReadAllText(Path.Combine(directory, "zh/A/HRC/RES/55/21/index.html")));
            // Its other language versions are on undocs.org only: no alternate links, and the list links there.
            Assert.Empty(deep.QuerySelectorAll("link[hreflang], nav.languages a.built:not([aria-current])"));
            Assert.Equal(5, deep.QuerySelectorAll("nav.languages a.unbuilt[href^='https://undocs.org/']").Length);
            Assert.Equal("../../../../../../index.html", deep.QuerySelector(".site-title")!.GetAttribute("href"));
            Assert.StartsWith("../../../../../../assets/site.", deep.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(directory, "index.html")));
            Assert.Equal("zh-Hans", index.DocumentElement.GetAttribute("lang"));
            Assert.Equal(
                ["zh/A/C.3/79/L.34/index.html", "zh/A/HRC/RES/55/21/index.html"],
                index.QuerySelectorAll("table.documents a[hreflang]").Select(a => a.GetAttribute("href")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_symbol_that_cannot_be_a_path_is_reported_and_not_published()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-unsafe-").FullName;
        try
        {
            var diagnostics = new DiagnosticBag();

            new SiteRenderer(RepositoryPaths.Templates).Render([SiteFixtureDocument.Chinese("A/../../etc")], SiteBuild.Options, directory, diagnostics);

            Assert.Equal("SG5002", Assert.Single(diagnostics.Items).Code);
            Assert.DoesNotContain(Directory.GetDirectories(directory), d => Path.GetFileName(d) is not ("assets" or "browse"));
            Assert.DoesNotContain(Directory.GetFiles(directory, "*.html", SearchOption.AllDirectories), page => File.ReadAllText(page).Contains("../../etc", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_template_error_is_reported_with_the_template_position_and_nothing_is_thrown()
    {
        var templates = Directory.CreateTempSubdirectory("sitegen-bad-templates-").FullName;
        var output = Directory.CreateTempSubdirectory("sitegen-bad-site-").FullName;
        try
        {
            CopyDirectory(RepositoryPaths.Templates, templates);
            var document = Path.Combine(templates, "site", "document.sbn");
            File.WriteAllText(document, File.ReadAllText(document).Replace("{{ doc.title }}</h1>", "{{ doc.titel }}</h1>", StringComparison.Ordinal));
            var diagnostics = new DiagnosticBag();

            new SiteRenderer(templates).Render([SiteFixtureDocument.Chinese()], SiteBuild.Options, output, diagnostics);

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal("SG4001", error.Code);
            Assert.Equal(document, error.Path);
            var line = File.ReadAllLines(document).ToList().FindIndex(l => l.Contains("doc.titel", StringComparison.Ordinal)) + 1;
            Assert.Equal(line, error.Line);
            Assert.False(File.Exists(Path.Combine(output, SeedPagePath)));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_base_url_that_is_not_absolute_http_is_a_configuration_error()
    {
        var diagnostics = new DiagnosticBag();

        new SiteRenderer(RepositoryPaths.Templates).Render([SiteFixtureDocument.Chinese()], new SiteOptions("/relative/", "SiteGen"), Path.GetTempPath(), diagnostics);

        Assert.Equal("SG5001", Assert.Single(diagnostics.Items).Code);
    }

    private static IEnumerable<SymbolLink> SymbolLinks(ResolutionDocument document)
    {
        static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
        {
            Strong s => Flatten(s.Children),
            Emphasis e => Flatten(e.Children),
            _ => [i],
        });

        return document.Units().SelectMany(u => Flatten(u.Content)).OfType<SymbolLink>();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
