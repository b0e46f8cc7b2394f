using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

public sealed class DocumentViewModelTests
{
    private readonly TemplateView _model = new(DocumentViewModel.Build(SiteFixtureDocument.Chinese(), Strings("zh-Hans"), MarkupFlavor.Html, new DiagnosticBag()));

    [Fact]
    public void Units_carry_their_ids_labels_and_citations()
    {
        var op2 = Walk(_model, "operative", 1);
        var sub = Walk(op2, "children", 0);
        var item = Walk(sub, "children", 1);

        Assert.Equal(("op2", "2.", "2"), (op2["id"], op2["label"], op2["citation"]));
        Assert.Equal(("op2-a", "(a)", "2(a)"), (sub["id"], sub["label"], sub["citation"]));
        Assert.Equal(("op2-a-iii", "(三)", "2(a)(三)", "second-degree"), (item["id"], item["label"], item["citation"], item["kind"]));
    }

    [Fact]
    public void Units_carry_their_full_citation_in_the_UN_form_of_the_page_s_language_and_their_path()
    {
        var op2 = Walk(_model, "operative", 1);
        var item = Walk(op2, "children", 0, "children", 1);

        Assert.Equal(("A/C.3/79/L.34，第2段", ""), (op2["cite"], op2["path"]));
        Assert.Equal(("A/C.3/79/L.34，第2(a)(三)段", "2 → (a) → (三)"), (item["cite"], item["path"]));
        Assert.Equal("A/C.3/79/L.34，序言部分第2段", Walk(_model, "preamble", 1)["cite"]);
        Assert.Equal("A/C.3/79/L.34，脚注1", Walk(_model, "notes", 0)["cite"]);

        var english = new TemplateView(DocumentViewModel.Build(SiteFixtureDocument.Chinese(), Strings("en"), MarkupFlavor.Html, new DiagnosticBag()));
        Assert.Equal("A/C.3/79/L.34, para. 2 (a) (三)", Walk(english, "operative", 1, "children", 0, "children", 1)["cite"]);
        Assert.Equal("A/C.3/79/L.34, preambular para. 2", Walk(english, "preamble", 1)["cite"]);
        Assert.Equal("A/C.3/79/L.34, note 1", Walk(english, "notes", 0)["cite"]);
    }

    [Fact]
    public void Only_the_first_reference_to_a_note_is_anchored()
    {
        var first = Html(Walk(_model, "preamble", 1));
        var later = Html(Walk(_model, "preamble", 2));

        Assert.Contains("href=\"#fn1\" id=\"fnref1\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"#fn2\" id=\"fnref2\"", later, StringComparison.Ordinal);
        Assert.Contains("href=\"#fn1\" role=\"doc-noteref\"", later, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fnref1\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_references_in_the_e_book_are_epub_noterefs_with_the_same_anchors()
    {
        var book = new TemplateView(DocumentViewModel.Build(SiteFixtureDocument.Chinese(), Strings("zh-Hans"), MarkupFlavor.Xhtml, new DiagnosticBag()));

        Assert.Contains(
            "<a id=\"fnref1\" href=\"#fn1\" class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" aria-label=\"脚注 1\">1</a>",
            Html(Walk(book, "preamble", 1)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_ibid_note_carries_the_note_it_repeats()
    {
        var note = Walk(_model, "notes", 1);
        var repeats = Walk(note, "repeats");

        Assert.Equal(("fn2", "fnref2", true), (note["id"], note["ref_id"], note["referenced"]));
        Assert.Equal(("fn1", 1), (repeats["id"], repeats["number"]));
    }

    [Fact]
    public void Symbol_links_go_to_undocs_in_the_page_language()
    {
        Assert.Contains(
            "<a class=\"symbol\" href=\"https://undocs.org/zh/A/RES/78/218\" hreflang=\"zh-Hans\">",
            Html(Walk(_model, "preamble", 1)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_carry_the_citation_of_their_unit()
    {
        var item = Walk(_model, "operative", 1, "children", 0, "children", 1);

        Assert.Equal("链接到执行部分第 2(a)(三) 段", item["permalink_label"]);
        Assert.Equal("第 2 段", Walk(_model, "operative", 1)["toc_label"]);
    }

    [Fact]
    public void A_strings_file_without_a_needed_key_is_a_template_error_at_that_file()
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", diagnostics)!;
        var partial = Directory.CreateTempSubdirectory("sitegen-strings-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(partial, "strings"));
            File.WriteAllLines(UiStrings.PathFor(partial, "zh-Hans"), strings.Values.Where(kv => kv.Key != "noteref").Select(kv => $"{kv.Key}: \"{kv.Value}\""));
            var lacking = UiStrings.Load(partial, "zh-Hans", diagnostics)!;

            DocumentViewModel.Build(SiteFixtureDocument.Chinese(), lacking, MarkupFlavor.Html, diagnostics);

            var error = diagnostics.Items.First();
            Assert.Equal(("SG4001", UiStrings.PathFor(partial, "zh-Hans")), (error.Code, error.Path));
            Assert.Contains("'noteref'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(partial, recursive: true);
        }
    }

    [Fact]
    public void Strings_load_for_chinese_and_english_with_the_same_keys()
    {
        var diagnostics = new DiagnosticBag();
        var chinese = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", diagnostics)!;
        var english = UiStrings.Load(RepositoryPaths.Templates, "en", diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal("序言部分", chinese["preamble_heading"]);
        Assert.Equal(chinese.Values.Keys, english.Values.Keys);
    }

    [Fact]
    public void Missing_strings_are_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(UiStrings.Load(RepositoryPaths.Templates, "xx", diagnostics));
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    private static UiStrings Strings(string language) => UiStrings.Load(RepositoryPaths.Templates, language, new DiagnosticBag())!;

    private static string Html(TemplateView unit) => unit["text_html"]!.ToString()!;

    // Follows members and indexes through the view model's objects and arrays.
    private static TemplateView Walk(TemplateView root, params object[] steps)
    {
        object? current = root.Value;
        foreach (var step in steps)
        {
            current = step is int index ? ((Array)current!).GetValue(index) : new TemplateView(current!)[(string)step];
        }

        return new TemplateView(current!);
    }
}
