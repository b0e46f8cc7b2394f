using System.Text;
using System.Xml.Linq;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.EpubBook;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>The hand-built fixture: ibid notes, links and hostile text, where the seed's model may not have them.</summary>
public sealed class EpubFixtureTests
{
    private static XDocument Text(EpubBook book) => book.Parse("EPUB/text.xhtml");

    private static XElement Note(EpubBook book, string id) =>
        Text(book).Descendants(Xhtml + "li").Single(a => (string?)a.Attribute("id") == id);

    [Fact]
    public void The_fixture_book_with_ibid_notes_and_links_passes_epubcheck_and_ace()
    {
        var path = EpubBuild.Render(EpubFixture.Document(), "epub-fixture");

        Assert.Empty(EpubValidators.Epubcheck(path));
        Assert.Empty(EpubValidators.Ace(path));
    }

    [Fact]
    public void An_ibid_note_shows_what_it_repeats_after_its_own_text_in_the_same_note()
    {
        var book = EpubBook.Open(EpubBuild.Render(EpubFixture.Document(), "epub-fixture-ibid"));
        var note = Note(book, "fn3");

        var paragraph = Assert.Single(note.Elements(Xhtml + "p"));
        Assert.StartsWith("3 同上。", paragraph.Value, StringComparison.Ordinal);
        var explanation = Assert.Single(paragraph.Elements(Xhtml + "span"), s => (string?)s.Attribute("class") == "repeats");
        Assert.Equal("“同上”指脚注 2：见第 2200 A(XXI)号决议，附件。", explanation.Value);
        Assert.Contains(explanation.Descendants(Xhtml + "a"), a => (string?)a.Attribute("href") == "https://undocs.org/zh/A/RES/2200(XXI)");
    }

    [Fact]
    public void Symbols_link_to_undocs_and_web_addresses_to_themselves()
    {
        var book = EpubBook.Open(EpubBuild.Render(EpubFixture.Document(), "epub-fixture-links"));
        var links = Text(book).Descendants(Xhtml + "a").Select(a => ((string)a.Attribute("href")!, a.Value)).ToList();

        Assert.Contains(("https://undocs.org/zh/A/RES/78/218", "第 78/218 号决议"), links);
        Assert.Contains(("https://undocs.org/zh/A/HRC/34/66/Add.1", "A/HRC/34/66/Add.1"), links);
        Assert.Contains(("https://www.ohchr.org/en/documents", "www.ohchr.org/en/documents"), links);
    }

    [Fact]
    public void Markup_in_the_source_text_stays_text()
    {
        var book = EpubBook.Open(EpubBuild.Render(EpubFixture.Document(), "epub-fixture-markup"));
        var unit = Text(book).Descendants().Single(e => (string?)e.Attribute("id") == "op2-b");

        Assert.Empty(Text(book).Descendants(Xhtml + "script"));
        Assert.Contains("<script>alert(1)</script> & 其他", unit.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_replaced_and_the_book_stays_well_formed()
    {
        var book = EpubBook.Open(EpubBuild.Render(EpubFixture.Document("人权\u0001状况\uFFFE"), "epub-fixture-control"));

        Assert.Equal(["人权\uFFFD状况\uFFFD"], book.MetadataValues(Dc + "title"));
        Assert.Equal("人权\uFFFD状况\uFFFD", Text(book).Descendants(Xhtml + "h1").Single().Value);
    }

    [Fact]
    public void An_english_version_gets_english_strings_and_language()
    {
        var path = EpubBuild.Render(EpubFixture.Document("Situation of human rights in the Democratic People's Republic of Korea", "en"), "epub-fixture-en");
        var book = EpubBook.Open(path);

        Assert.Equal(["en"], book.MetadataValues(Dc + "language"));
        Assert.Equal(["United Nations General Assembly"], book.MetadataValues(Dc + "creator"));
        Assert.Equal("20 November 2024", book.Parse("EPUB/titlepage.xhtml").Descendants(Xhtml + "time").Single().Value);
        Assert.Equal("en", (string?)Text(book).Root!.Attribute(Xml + "lang"));
        Assert.Contains(Text(book).Descendants(Xhtml + "a"), a => ((string)a.Attribute("href")!).StartsWith("https://undocs.org/en/", StringComparison.Ordinal));
        Assert.Empty(EpubValidators.Epubcheck(path));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void Every_issuing_body_has_a_publisher_name(string language)
    {
        foreach (var body in Enum.GetValues<IssuingBody>())
        {
            var full = EpubFixture.Document(language: language);
            var diagnostics = new DiagnosticBag();

            Assert.True(new EpubRenderer(RepositoryPaths.Templates).Render(full with { Metadata = full.Metadata with { Body = body } }, new MemoryStream(), diagnostics), $"{body}: {string.Join("; ", diagnostics.Items)}");
        }
    }

    [Fact]
    public void Each_language_version_has_its_own_stable_identifier()
    {
        var zh = EpubBook.Open(EpubBuild.Render(EpubFixture.Document(), "epub-fixture-id-zh"));
        var zhAgain = EpubBook.Open(EpubBuild.Render(EpubFixture.Document("另一个标题"), "epub-fixture-id-zh2"));
        var en = EpubBook.Open(EpubBuild.Render(EpubFixture.Document(language: "en"), "epub-fixture-id-en"));

        Assert.Equal(zh.MetadataValues(Dc + "identifier"), zhAgain.MetadataValues(Dc + "identifier"));
        Assert.NotEqual(zh.MetadataValues(Dc + "identifier"), en.MetadataValues(Dc + "identifier"));
    }

    [Fact]
    public void A_bare_document_without_preface_notes_or_date_is_still_a_valid_book()
    {
        var full = EpubFixture.Document();
        var bare = full with
        {
            Metadata = full.Metadata with { Date = null, Issued = null },
            Preface = Preface.Empty,
            Operative = [.. full.Operative.Take(1)],
            Preamble = [.. full.Preamble.Take(1)],
            Footnotes = [],
        };

        var path = EpubBuild.Render(bare, "epub-fixture-bare");
        var book = EpubBook.Open(path);

        Assert.Empty(EpubValidators.Epubcheck(path));
        Assert.Equal(["A/C.3/79/L.34"], book.MetadataValues(Dc + "title"));
        Assert.Equal(["1980-01-01T00:00:00Z"], book.MetaProperty("dcterms:modified"));
        Assert.Empty(book.MetadataValues(Dc + "date"));
        Assert.Null(Text(book).Descendants().FirstOrDefault(e => (string?)e.Attribute("id") == "notes"));
        Assert.DoesNotContain(book.Nav.Descendants(Xhtml + "a"), a => ((string)a.Attribute("href")!).EndsWith("#notes", StringComparison.Ordinal));
    }

    [Fact]
    public void One_renderer_used_from_several_threads_gives_the_same_bytes()
    {
        var renderer = new EpubRenderer(RepositoryPaths.Templates);
        var books = new byte[8][];

        Parallel.For(0, books.Length, i =>
        {
            var stream = new MemoryStream();
            Assert.True(renderer.Render(EpubFixture.Document(), stream, new DiagnosticBag()));
            books[i] = stream.ToArray();
        });

        Assert.All(books, book => Assert.Equal(books[0], book));
    }

    [Fact]
    public void A_broken_template_is_a_diagnostic_at_its_line_and_no_book_is_written()
    {
        var templates = CopyTemplates();
        var nav = Path.Combine(templates, "epub", "nav.xhtml.sbn");
        var lines = File.ReadAllLines(nav);
        var body = Array.IndexOf(lines, "<body>");
        File.WriteAllLines(nav, lines.Select((line, i) => i == body ? "{{ book.no_such_field }}" : line));
        var output = Path.Combine(templates, "book.epub");
        var diagnostics = new DiagnosticBag();

        new EpubRenderer(templates).Render(EpubFixture.Document(), output, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("SG4001", error.Code);
        Assert.EndsWith("nav.xhtml.sbn", error.Path, StringComparison.Ordinal);
        Assert.Equal(body + 1, error.Line);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_template_that_writes_broken_xml_is_a_diagnostic()
    {
        var templates = CopyTemplates();
        File.AppendAllText(Path.Combine(templates, "epub", "titlepage.xhtml.sbn"), "<p>unclosed\n");
        var diagnostics = new DiagnosticBag();

        var written = new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics);

        Assert.False(written);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("SG4001", error.Code);
        Assert.Contains("not well-formed", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("titlepage.xhtml.sbn", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_around_the_units_markup_is_reported_at_its_line_in_the_rendered_file()
    {
        // The check reads the units' markup as one stand-in each; the position it reports is the file's all the same.
        var templates = CopyTemplates();
        var shipped = EpubBook.Open(RenderTo(new EpubRenderer(templates), "epub-fixture-lines"));
        var lines = Encoding.UTF8.GetString(shipped.Files["EPUB/text.xhtml"]).Count(c => c == '\n');
        File.AppendAllText(Path.Combine(templates, "epub", "text.xhtml.sbn"), "<p>unclosed\n");
        var diagnostics = new DiagnosticBag();

        Assert.False(new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.EndsWith("text.xhtml.sbn", error.Path, StringComparison.Ordinal);
        Assert.Contains($"not well-formed XML (output line {lines + 1}, column 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_markup_where_xml_allows_no_markup_is_reported_and_where_it_allows_text_it_is_not()
    {
        var templates = CopyTemplates();
        var nav = Path.Combine(templates, "epub", "nav.xhtml.sbn");
        var original = File.ReadAllText(nav);

        // Preambular paragraph 2 holds a link, markup that an attribute cannot carry.
        File.WriteAllText(nav, original.Replace("<body>", "<body>\n<p title=\"{{ document.preamble[1].text_html }}\">x</p>", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        Assert.False(new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics));
        Assert.Contains("not well-formed", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);

        // Paragraph 1 is text alone, which a comment or an attribute may hold as it is.
        File.WriteAllText(nav, original.Replace("<body>", "<body>\n<!-- {{ document.preamble[0].text_html }} --><p title=\"{{ document.preamble[0].text_html }}\">x</p>", StringComparison.Ordinal));
        var book = EpubBook.Open(RenderTo(new EpubRenderer(templates), "epub-fixture-comment"));
        Assert.Contains("<!-- 重申所有国家", Encoding.UTF8.GetString(book.Files["EPUB/nav.xhtml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Units_markup_whose_namespace_prefix_a_template_leaves_undeclared_is_reported()
    {
        // The note references carry epub:type; a head without xmlns:epub leaves the prefix unbound.
        var templates = CopyTemplates();
        var head = Path.Combine(templates, "epub", "includes", "head.sbn");
        File.WriteAllText(head, File.ReadAllText(head).Replace(" xmlns:epub=\"http://www.idpf.org/2007/ops\"", "", StringComparison.Ordinal));
        foreach (var name in new[] { "nav.xhtml.sbn", "titlepage.xhtml.sbn", "text.xhtml.sbn" })
        {
            var path = Path.Combine(templates, "epub", name);
            File.WriteAllText(path, File.ReadAllText(path).Replace(" epub:type=\"", " data-type=\"", StringComparison.Ordinal));
        }

        var diagnostics = new DiagnosticBag();

        Assert.False(new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.EndsWith("text.xhtml.sbn", error.Path, StringComparison.Ordinal);
        Assert.Contains("'epub' is an undeclared prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sponsors_as_contributors_where_the_dc_prefix_is_not_declared_are_reported()
    {
        // dc: is declared on the package's metadata, not on its manifest.
        var templates = CopyTemplates();
        var package = Path.Combine(templates, "epub", "package.opf.sbn");
        File.WriteAllText(package, File.ReadAllText(package).Replace("<manifest>", "<manifest>\n{{ book.contributors_html }}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.False(new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.EndsWith("package.opf.sbn", error.Path, StringComparison.Ordinal);
        Assert.Contains("'dc' is an undeclared prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_of_text_alone_is_written_as_it_is_in_every_book_and_a_broken_one_is_reported_at_each_book()
    {
        var templates = CopyTemplates();
        var container = Path.Combine(templates, "epub", "container.xml.sbn");
        var renderer = new EpubRenderer(templates);
        var shipped = EpubBook.Open(RenderTo(renderer, "epub-fixture-fixed-1"));
        var again = EpubBook.Open(RenderTo(renderer, "epub-fixture-fixed-2"));
        var text = File.ReadAllText(container);
        Assert.Equal(text[text.IndexOf("<?xml", StringComparison.Ordinal)..], Encoding.UTF8.GetString(shipped.Files["META-INF/container.xml"]));
        Assert.Equal(shipped.Files["META-INF/container.xml"], again.Files["META-INF/container.xml"]);

        // Text alone, but not well-formed: no book, at every book.
        File.AppendAllText(container, "<unclosed>\n");
        var broken = new EpubRenderer(templates);
        for (var book = 0; book < 2; book++)
        {
            var diagnostics = new DiagnosticBag();
            Assert.False(broken.Render(EpubFixture.Document(), new MemoryStream(), diagnostics));
            var error = Assert.Single(diagnostics.Items);
            Assert.Contains("not well-formed", error.Message, StringComparison.Ordinal);
            Assert.EndsWith("container.xml.sbn", error.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_style_sheet_is_a_diagnostic()
    {
        var templates = CopyTemplates();
        File.Delete(Path.Combine(templates, "epub", "book.css"));
        var diagnostics = new DiagnosticBag();

        Assert.False(new EpubRenderer(templates).Render(EpubFixture.Document(), new MemoryStream(), diagnostics));
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    private static string RenderTo(EpubRenderer renderer, string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sitegen-" + name).FullName, "book.epub");
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(renderer.Render(EpubFixture.Document(), path, diagnostics));
        Assert.Empty(diagnostics.Items);
        return path;
    }

    private static string CopyTemplates()
    {
        var target = Directory.CreateTempSubdirectory("sitegen-epub-templates-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
