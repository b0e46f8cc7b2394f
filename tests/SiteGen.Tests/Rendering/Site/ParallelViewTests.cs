using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The parallel views of the library (<see cref="LibraryEdition"/>): one for each ordered pair of the built versions of
/// a document, units aligned by anchor with each side in its own language and direction, a unit one version lacks
/// shown as missing rather than shifting the others, links to them from the document pages, and valid HTML.
/// </summary>
public sealed class ParallelViewTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Parallel(string from, string symbol, string to) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(LibraryEdition.Site, from, symbol, "parallel", to, "index.html")));

    private static string[] Rows(IDocument page) => [.. page.QuerySelectorAll("ol.pairs > li.pair").Select(row => row.Id!)];

    [Fact]
    public void Each_ordered_pair_of_built_versions_of_a_document_has_a_parallel_view_and_no_other_document_has_one()
    {
        var views = Directory.GetFiles(LibraryEdition.Site, "index.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(LibraryEdition.Site, path).Replace('\\', '/'))
            .Where(path => path.Contains("/parallel/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "ar/A/C.3/80/L.90/parallel/es/index.html", "ar/A/C.3/80/L.90/parallel/ru/index.html",
                "ar/A/RES/2758(XXVI)/parallel/en/index.html", "ar/A/RES/2758(XXVI)/parallel/zh/index.html",
                "en/A/RES/2758(XXVI)/parallel/ar/index.html", "en/A/RES/2758(XXVI)/parallel/zh/index.html",
                "en/S/RES/2446(2018)/parallel/zh/index.html",
                "es/A/C.3/80/L.90/parallel/ar/index.html", "es/A/C.3/80/L.90/parallel/ru/index.html",
                "ru/A/C.3/80/L.90/parallel/ar/index.html", "ru/A/C.3/80/L.90/parallel/es/index.html",
                "zh/A/RES/2758(XXVI)/parallel/ar/index.html", "zh/A/RES/2758(XXVI)/parallel/en/index.html",
                "zh/S/RES/2446(2018)/parallel/en/index.html",
            ],
            views);
    }

    [Fact]
    public void Resolution_2758_in_English_and_Chinese_is_set_unit_by_unit_each_side_in_its_language()
    {
        var page = Parallel("en", "A/RES/2758(XXVI)", "zh");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["pp1", "pp2", "pp3", "op1"], Rows(page));
        foreach (var row in page.QuerySelectorAll("li.pair"))
        {
            var sides = row.Children.Where(c => c.ClassList.Contains("version")).ToArray();
            Assert.Equal(2, sides.Length);
            Assert.Equal(("en", "ltr"), (sides[0].GetAttribute("lang"), sides[0].GetAttribute("dir")));
            Assert.Equal(("zh-Hans", "ltr"), (sides[1].GetAttribute("lang"), sides[1].GetAttribute("dir")));
            Assert.Empty(row.QuerySelectorAll(".missing"));
        }

        var op1 = page.GetElementById("op1")!;
        Assert.StartsWith("English: Decides to restore all its rights", op1.Children[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("中文: 决定：恢复中华人民共和国的一切权利", op1.Children[1].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("考虑到恢复中华人民共和国的合法权利", page.GetElementById("pp2")!.Children[1].QuerySelector("p")!.TextContent.Split(": ", 2)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_side_is_right_to_left_and_an_arabic_page_is_right_to_left_around_a_left_to_right_side()
    {
        var english = Parallel("en", "A/RES/2758(XXVI)", "ar");
        var arabic = Parallel("ar", "A/RES/2758(XXVI)", "en");

        Assert.Equal(("en", "ltr"), (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir")));
        Assert.All(english.QuerySelectorAll("li.pair > .version:last-child"), side => Assert.Equal(("ar", "rtl"), (side.GetAttribute("lang"), side.GetAttribute("dir"))));
        Assert.Equal(("ar", "rtl"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir")));
        Assert.All(arabic.QuerySelectorAll("li.pair > .version:first-child"), side => Assert.Equal(("ar", "rtl"), (side.GetAttribute("lang"), side.GetAttribute("dir"))));
        Assert.All(arabic.QuerySelectorAll("li.pair > .version:last-child"), side => Assert.Equal(("en", "ltr"), (side.GetAttribute("lang"), side.GetAttribute("dir"))));
        Assert.Equal(Rows(english), Rows(arabic));
        Assert.Equal("إعادة الحقوق المشروعة لجمهورية الصين الشعبية في الأمم المتحدة", arabic.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Sub_paragraphs_and_notes_are_aligned_by_anchor_across_three_scripts()
    {
        var page = Parallel("ru", "A/C.3/80/L.90", "ar");

        Assert.Equal(["pp1", "pp2", "pp3", "op1", "op1-a", "op1-b", "op1-b-i", "op1-b-ii", "op1-c", "op2", "op3", "fn1", "fn2"], Rows(page));
        var item = page.GetElementById("op1-b-ii")!;
        Assert.Contains("depth-2", item.ClassList);
        Assert.Contains("ii)", item.Children[0].QuerySelector(".label")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("’2‘", item.Children[1].QuerySelector(".label")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["preamble", "operative", "notes"], page.QuerySelectorAll("section.parallel-part").Select(s => s.Id!));
    }

    [Fact]
    public void A_unit_one_version_lacks_is_shown_as_missing_and_the_units_after_it_stay_beside_their_counterparts()
    {
        var directory = RepositoryPaths.Artifacts("parallel-missing");
        Directory.Delete(directory, recursive: true);
        var russian = LanguageSamples.Russian.Model(out _);
        var spanish = LanguageSamples.Spanish.Model(out _);

        // The Spanish version without its second operative paragraph and its first preambular one.
        spanish = spanish with
        {
            Operative = spanish.Operative.RemoveAll(p => p.Id.ToString() == "op2"),
            Preamble = spanish.Preamble.RemoveAll(p => p.Id.ToString() == "pp1"),
        };
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(RepositoryPaths.Templates).Render([russian, spanish], SiteBuild.Options, directory, diagnostics);
        Assert.Empty(diagnostics.Items);

        foreach (var (from, to, missingSide) in new[] { ("ru", "es", 1), ("es", "ru", 0) })
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(directory, from, "A/C.3/80/L.90/parallel", to, "index.html")));
            Assert.Equal(["pp1", "pp2", "pp3", "op1", "op1-a", "op1-b", "op1-b-i", "op1-b-ii", "op1-c", "op2", "op3", "fn1", "fn2"], Rows(page));
            foreach (var row in page.QuerySelectorAll("li.pair"))
            {
                var sides = row.Children.Where(c => c.ClassList.Contains("version")).ToArray();
                var missing = row.Id is "pp1" or "op2";
                Assert.Equal(missing, sides[missingSide].ClassList.Contains("missing"));
                Assert.False(sides[1 - missingSide].ClassList.Contains("missing"));
                if (missing)
                {
                    var note = sides[missingSide].QuerySelector(".missing-note")!;
                    Assert.Equal(from == "ru" ? "ru" : "es", note.GetAttribute("lang"));
                }
            }

            var op3 = page.GetElementById("op3")!;
            Assert.Contains("продолжать заниматься этим вопросом", op3.Children[from == "ru" ? 0 : 1].TextContent, StringComparison.Ordinal);
            Assert.Contains("3.", op3.Children[missingSide].QuerySelector(".label")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_alignment_keeps_a_unit_of_one_version_only_where_that_version_has_it()
    {
        static ParallelUnit Unit(string id) => new(id, ParallelPart.Operative, 0, "", id);
        var rows = ParallelAlignment.Align([Unit("op1"), Unit("op2"), Unit("op4")], [Unit("op1"), Unit("op3"), Unit("op4"), Unit("op5")]);

        Assert.Equal(
            ["op1 both", "op2 left", "op3 right", "op4 both", "op5 right"],
            rows.Select(r => r.Id + " " + (r.Left is null ? "right" : r.Right is null ? "left" : "both")));
    }

    [Fact]
    public void A_document_page_links_to_its_parallel_views_and_every_link_of_a_parallel_view_leads_to_a_page()
    {
        var english = Parser.ParseDocument(File.ReadAllText(Path.Combine(LibraryEdition.Site, "en/A/RES/2758(XXVI)/index.html")));
        var links = english.QuerySelectorAll("nav.languages a.parallel").Select(a => (a.GetAttribute("href"), a.GetAttribute("hreflang"))).ToArray();
        Assert.Equal([("parallel/ar/index.html", "ar"), ("parallel/zh/index.html", "zh-Hans")], links);

        var single = Parser.ParseDocument(File.ReadAllText(Path.Combine(LibraryEdition.Site, "en/A/RES/80/51/index.html")));
        Assert.Empty(single.QuerySelectorAll("a.parallel"));

        var folder = Path.Combine(LibraryEdition.Site, "ar/A/RES/2758(XXVI)/parallel/zh");
        var view = Parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
        foreach (var href in view.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
        {
            var target = Path.GetFullPath(Path.Combine(folder, href.Split('#')[0]));
            Assert.True(File.Exists(target), href);
        }

        Assert.Equal("../../../../../../zh/A/RES/2758(XXVI)/parallel/ar/index.html", view.QuerySelector("a.parallel")!.GetAttribute("href"));
    }

    [Fact]
    public void After_one_version_changes_an_incremental_build_reads_the_kept_versions_back_and_writes_what_a_clean_build_writes()
    {
        using var content = new TempContent();
        LibraryEdition.WriteContent(content);
        var diagnostics = new DiagnosticBag();
        Assert.True(new EditionBuilder().Build(content.Options(), diagnostics).Published, string.Join("\n", diagnostics.Items));
        var chinese = Path.Combine(content.Content, "A-RES-2758(XXVI)", "zh-Hans.md");
        File.WriteAllText(chinese, File.ReadAllText(chinese).Replace("回顾联合国宪章的原则", "回顾《联合国宪章》的原则", StringComparison.Ordinal));

        var second = new EditionBuilder().Build(content.Options(), diagnostics);

        Assert.True(second.Published, string.Join("\n", diagnostics.Items));
        Assert.Equal(["zh-Hans"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Language));
        var view = File.ReadAllText(Path.Combine(content.Output, "site", "en/A/RES/2758(XXVI)/parallel/zh/index.html"));
        Assert.Contains("回顾《联合国宪章》的原则", view, StringComparison.Ordinal);
        Assert.Contains("Recalling the principles of the Charter", view, StringComparison.Ordinal);
        var clean = Path.Combine(content.Root, "clean");
        Assert.True(new EditionBuilder().Build(content.Options(clean) with { Incremental = false }, new DiagnosticBag()).Published);
        Assert.Equal(TempContent.Published(clean), TempContent.Published(content.Output));
    }

    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_the_parallel_views()
    {
        var views = Directory.GetDirectories(LibraryEdition.Site, "parallel", SearchOption.AllDirectories);
        Assert.Equal(8, views.Length);

        NuChecker.AssertNoErrors(views);
    }
}
