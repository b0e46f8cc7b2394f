using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class UnitMarkupWriterTests
{
    private static readonly XNamespace Epub = "http://www.idpf.org/2007/ops";

    private readonly DocumentView _view = DocumentViewModel.Build(
        SiteFixtureDocument.Chinese(),
        UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", new DiagnosticBag())!,
        MarkupFlavor.Html,
        new DiagnosticBag());

    [Fact]
    public void The_site_s_operative_part_nests_sub_paragraphs_and_items_in_lists_of_their_unit()
    {
        var list = Parse(Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Html)).Elements().Single();

        Assert.Equal(("ol", "units"), (list.Name.LocalName, (string?)list.Attribute("class")));
        Assert.Equal(["op1", "op2", "op19"], Items(list));
        var op2 = list.Elements("li").ElementAt(1);
        var subs = op2.Element("ol")!;
        Assert.Equal(["op2-a", "op2-b"], Items(subs));
        Assert.Equal(["op2-a-i", "op2-a-iii"], Items(subs.Elements("li").First().Element("ol")!));
        Assert.Equal(["op19-a", "op19-b"], Items(list.Elements("li").Last().Element("ol")!));
    }

    [Fact]
    public void A_site_unit_carries_its_kind_citation_path_label_text_and_permalink()
    {
        var list = Parse(Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Html));
        var item = list.Descendants("li").Single(li => (string?)li.Attribute("id") == "op2-a-iii");
        var text = item.Element("p")!;

        Assert.Equal("unit unit-second-degree", (string?)item.Attribute("class"));
        Assert.Equal("A/C.3/79/L.34，第2(a)(三)段", (string?)item.Attribute("data-cite"));
        Assert.Equal("2 → (a) → (三)", (string?)text.Attribute("data-path"));
        Assert.Equal("(三) ", text.Element("span")!.Value);
        Assert.Equal("强迫或非自愿失踪；", text.Nodes().OfType<XText>().Single().Value);
        var permalink = text.Elements("a").Last();
        Assert.Equal(("#op2-a-iii", "链接到执行部分第 2(a)(三) 段"), ((string?)permalink.Attribute("href"), (string?)permalink.Attribute("aria-label")));
        Assert.Null(list.Descendants("li").Single(li => (string?)li.Attribute("id") == "op2").Element("p")!.Attribute("data-path"));
    }

    [Fact]
    public void The_site_s_preamble_escapes_text_and_writes_inline_markup_as_it_is()
    {
        var markup = Write(UnitMarkupWriter.Preamble, _view.Preamble, MarkupFlavor.Html);
        var paragraphs = Parse(markup).Elements("p").ToArray();

        Assert.Equal(["pp1", "pp2", "pp3"], paragraphs.Select(p => (string?)p.Attribute("id")));
        Assert.Contains("并意识到<script>alert(1)</script>&amp;，", paragraphs[1].Value, StringComparison.Ordinal);
        Assert.Empty(paragraphs[1].Descendants("script"));
        Assert.Equal("fnref1", (string?)paragraphs[1].Descendants("a").Single(a => (string?)a.Attribute("class") == "noteref").Attribute("id"));
        Assert.EndsWith("</p>\n", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_note_links_back_to_its_first_reference_and_carries_the_note_it_repeats()
    {
        // The repeated note's paragraph is hidden by a bare attribute, which is HTML but not XML.
        var list = new HtmlParser().ParseDocument("<ol>" + Write(UnitMarkupWriter.Notes, _view.Notes, MarkupFlavor.Html) + "</ol>").QuerySelector("ol")!;
        var items = list.Children.ToArray();
        var ibid = items[1];

        Assert.Equal(["fn1", "fn2", "fn3"], items.Select(li => li.Id));
        Assert.All(items, li => Assert.Equal("LI", li.TagName));
        Assert.Equal("#fnref2", ibid.QuerySelector("a.backlink")!.GetAttribute("href"));
        var repeats = ibid.QuerySelector("p.note-repeats")!;
        Assert.True(repeats.HasAttribute("hidden"));
        Assert.Contains("A/79/53", repeats.TextContent, StringComparison.Ordinal);
        Assert.Equal("同上。", ibid.QuerySelector("span.note-text")!.TextContent);
        Assert.Equal("#fn3", items[2].QuerySelector("a.permalink")!.GetAttribute("href"));
    }

    [Fact]
    public void The_table_of_contents_links_every_operative_paragraph_by_its_citation()
    {
        var links = Parse(Write(UnitMarkupWriter.TocParagraphs, _view.Operative, MarkupFlavor.Html)).Elements("li").Select(li => li.Element("a")!).ToArray();

        Assert.Equal(["#op1", "#op2", "#op19"], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal(["1", "2", "19"], links.Select(a => a.Value));
        Assert.Equal("第 2 段", (string?)links[1].Attribute("aria-label"));
    }

    [Fact]
    public void The_book_s_units_are_nested_blocks_each_operative_paragraph_after_a_blank_line()
    {
        var markup = Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Xhtml);
        var blocks = Parse(markup).Elements("div").ToArray();

        Assert.Equal(["op1", "op2", "op19"], blocks.Select(div => (string?)div.Attribute("id")));
        var sub = blocks[1].Elements("div").First();
        Assert.Equal(("unit sub", "op2-a"), ((string?)sub.Attribute("class"), (string?)sub.Attribute("id")));
        Assert.Equal(["op2-a-i", "op2-a-iii"], sub.Elements("div").Select(div => (string?)div.Attribute("id")));
        Assert.StartsWith("\n<div class=\"unit operative\" id=\"op1\">\n<p><span class=\"label\">1.</span> <strong>", markup, StringComparison.Ordinal);
        Assert.Equal(3, ("\n" + markup).Split("\n\n<div class=\"unit operative\"").Length - 1);
        Assert.DoesNotContain("\n\n<div class=\"unit sub\"", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_book_s_notes_are_endnotes_with_back_links_and_references_are_noterefs()
    {
        var items = Parse(Write(UnitMarkupWriter.Notes, _view.Notes, MarkupFlavor.Xhtml)).Elements("li").ToArray();
        var ibid = items[1];

        Assert.Equal("endnote", (string?)ibid.Attribute(Epub + "type"));
        var backlink = ibid.Descendants("a").Single(a => (string?)a.Attribute("class") == "backlink");
        Assert.Equal(("#fnref2", "backlink", "↩︎"), ((string?)backlink.Attribute("href"), (string?)backlink.Attribute(Epub + "type"), backlink.Value));
        Assert.Contains("A/79/53", ibid.Descendants("span").Single(s => (string?)s.Attribute("class") == "repeats").Value, StringComparison.Ordinal);

        var preamble = Parse(Write(UnitMarkupWriter.Preamble, _view.Preamble, MarkupFlavor.Xhtml));
        Assert.Equal("noteref", (string?)preamble.Descendants("a").First(a => (string?)a.Attribute("id") == "fnref1").Attribute(Epub + "type"));
    }

    [Fact]
    public void A_template_writes_a_run_with_one_expression_in_the_flavour_it_is_rendered_in_and_may_still_loop_over_the_units()
    {
        var directory = Directory.CreateTempSubdirectory("sitegen-units-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "page.sbn"), "{{ doc.operative_html }}|{{ for unit in doc.operative_units }}{{ unit.id }} {{ end }}");
            var model = new Scriban.Runtime.ScriptObject { ["doc"] = _view };
            var diagnostics = new DiagnosticBag();

            var page = new TemplateRenderer(directory).Render("page.sbn", model, diagnostics);
            var book = new TemplateRenderer(directory, MarkupFlavor.Xhtml).Render("page.sbn", model, diagnostics);

            Assert.Empty(diagnostics.Items);
            const string units = "|op1 op2 op2-a op2-a-i op2-a-iii op2-b op19 op19-a op19-b ";
            Assert.Equal(Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Html) + units, page);
            Assert.Equal(Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Xhtml) + units, book);
            Assert.Equal(Write(UnitMarkupWriter.Operative, _view.OperativeUnits, MarkupFlavor.Html), _view.OperativeHtml.ToString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Write<TUnit>(Action<IMarkupOutput, TUnit[], MarkupFlavor> write, TUnit[] units, MarkupFlavor flavor)
    {
        var output = new StringBuilderOutput(new StringBuilder());
        write(output, units, flavor);
        return output.Builder.ToString();
    }

    // Both flavours are well-formed XML: a fragment that does not nest or close as it should fails to parse.
    private static XElement Parse(string fragment) =>
        XElement.Parse($"<root xmlns:epub=\"{Epub}\">{fragment}</root>");

    private static IEnumerable<string?> Items(XElement list) => list.Elements("li").Select(li => (string?)li.Attribute("id"));
}
