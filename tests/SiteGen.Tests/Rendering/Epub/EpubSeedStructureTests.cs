using System.Xml.Linq;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.EpubBook;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>The seed's e-book read back: container, package metadata, navigation, ids and notes.</summary>
public sealed class EpubSeedStructureTests(SeedEpub seed) : IClassFixture<SeedEpub>
{
    private XDocument? _text;

    private EpubBook Book => seed.Book;

    // Parsed once per test, so that elements found in it can be compared by document order.
    private XDocument Text => _text ??= Book.Parse(SeedEpub.TextPath);

    private IEnumerable<XElement> Notes => Text.Descendants().Where(e => HasType(e, "endnote"));

    [Fact]
    public void The_container_starts_with_the_mimetype_then_the_container_file()
    {
        Assert.Equal("mimetype", Book.EntryNames[0]);
        Assert.Equal("META-INF/container.xml", Book.EntryNames[1]);
        Assert.Equal(Book.EntryNames.Skip(2).Order(StringComparer.Ordinal), Book.EntryNames.Skip(2));
        Assert.Equal("EPUB/package.opf", Book.PackagePath);
    }

    [Fact]
    public void The_package_carries_the_required_metadata()
    {
        var identifierId = (string)Book.Package.Root!.Attribute("unique-identifier")!;
        var identifier = Book.Metadata.Elements(Dc + "identifier").Single(e => (string?)e.Attribute("id") == identifierId).Value;
        Assert.Equal("https://undocs.org/zh/A/C.3/79/L.34", identifier);
        Assert.Equal("3.0", (string?)Book.Package.Root.Attribute("version"));
        Assert.Equal(["朝鲜民主主义人民共和国人权状况"], Book.MetadataValues(Dc + "title"));
        Assert.Equal(["zh-Hans"], Book.MetadataValues(Dc + "language"));
        Assert.Equal(["联合国大会"], Book.MetadataValues(Dc + "creator"));
        Assert.Equal(["联合国大会"], Book.MetadataValues(Dc + "publisher"));
        Assert.Equal(["A/C.3/79/L.34"], Book.MetadataValues(Dc + "source"));
        Assert.Equal(["2024-11-20T00:00:00Z"], Book.MetaProperty("dcterms:modified"));
    }

    [Fact]
    public void The_package_says_what_the_document_is_who_sponsored_it_and_on_what_terms()
    {
        var preface = seed.Document.Preface;
        Assert.Equal(
            ["第七十九届会议，第三委员会，议程项目 71(c)，决议草案 A/C.3/79/L.34：朝鲜民主主义人民共和国人权状况"],
            Book.MetadataValues(Dc + "description"));
        Assert.Equal(["决议草案"], Book.MetadataValues(Dc + "type"));
        Assert.Equal(preface.AgendaTitle.Split('：').Select(s => s.Trim()), Book.MetadataValues(Dc + "subject"));
        Assert.Equal(2, Book.MetadataValues(Dc + "subject").Count);

        // Each sponsor a contributor with the MARC relator "spn", in the order of the text.
        var contributors = Book.Metadata.Elements(Dc + "contributor").ToList();
        Assert.Equal(preface.Sponsors, contributors.Select(c => c.Value));
        Assert.Contains("阿尔巴尼亚", contributors.Select(c => c.Value));
        Assert.All(contributors, contributor => Assert.Equal(["spn"], Roles((string)contributor.Attribute("id")!)));
        Assert.Equal(["isb"], Roles((string)Book.Metadata.Element(Dc + "creator")!.Attribute("id")!));

        var rights = Assert.Single(Book.MetadataValues(Dc + "rights"));
        Assert.Contains("ST/AI/189/Add.9/Rev.2", rights, StringComparison.Ordinal);
        Assert.Contains("A/C.3/79/L.34", rights, StringComparison.Ordinal);
        Assert.Equal(["非正式阅读版，以正式文本为准。"], Book.MetaProperty("schema:bookEdition"));
    }

    [Fact]
    public void The_package_date_is_the_document_s_and_the_modification_date_the_edition_s()
    {
        // The seed's metadata gives no date of issue and its text no adoption: the book claims no date of its own.
        Assert.Empty(Book.MetadataValues(Dc + "date"));
        Assert.Equal(["2024-11-20T00:00:00Z"], Book.MetaProperty("dcterms:modified"));

        var issued = seed.Document with { Metadata = seed.Document.Metadata with { Issued = new DateOnly(2024, 10, 31), Date = new DateOnly(2026, 12, 7) } };
        var book = EpubBook.Open(EpubBuild.Render(issued, "epub-seed-issued"));
        Assert.Equal(["2024-10-31"], book.MetadataValues(Dc + "date"));
        Assert.Equal(["2026-12-07T00:00:00Z"], book.MetaProperty("dcterms:modified"));
        Assert.Contains("2024年10月31日", book.Parse("EPUB/titlepage.xhtml").Root!.Value, StringComparison.Ordinal);
        Assert.Contains("2024年10月31日", book.Parse("EPUB/cover.svg").Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_says_what_the_document_is_and_breaks_no_word()
    {
        var svg = Book.Parse("EPUB/cover.svg").Root!;
        var lines = svg.Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();

        Assert.Equal("A/C.3/79/L.34", lines[0]);
        Assert.Equal("决议草案", lines[1]);
        Assert.Equal(seed.Document.Title, string.Concat(lines.Skip(2).Take(lines.Count - 4)));
        Assert.Equal("联合国大会", lines[^2]);
        // No date of issue: the cover dates the draft by its approval, and says so.
        Assert.Equal("核准日期：2024年11月20日", lines[^1]);
    }

    [Fact]
    public void The_enacting_formula_stands_before_the_preamble_heading_as_on_the_website()
    {
        var formula = Text.Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("class") == "enacting-formula");
        var heading = Text.Descendants(Xhtml + "h2").Single(h => (string?)h.Attribute("id") == "preamble-heading");

        Assert.Equal(seed.Document.EnactingFormula, formula.Value);
        Assert.True(formula.IsBefore(heading));
        Assert.Empty(formula.Ancestors(Xhtml + "section"));
    }

    [Fact]
    public void The_package_carries_epub_accessibility_1_1_metadata()
    {
        Assert.Equal(["textual"], Book.MetaProperty("schema:accessMode"));
        Assert.Equal(["textual"], Book.MetaProperty("schema:accessModeSufficient"));
        Assert.Equal(
            ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"],
            Book.MetaProperty("schema:accessibilityFeature"));
        Assert.Equal(["none"], Book.MetaProperty("schema:accessibilityHazard"));
        Assert.Equal(["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"], Book.MetaProperty("dcterms:conformsTo"));
        Assert.Single(Book.MetaProperty("a11y:certifiedBy"), v => v.Length > 0);
        var summary = Assert.Single(Book.MetaProperty("schema:accessibilitySummary"));
        Assert.Contains("目录", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_xhtml_document_declares_its_language_as_lang_and_xml_lang()
    {
        var documents = Book.ManifestProperties.Keys.Where(p => p.EndsWith(".xhtml", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, documents.Count);
        foreach (var path in documents)
        {
            var html = Book.Parse(path).Root!;
            Assert.Equal(Xhtml + "html", html.Name);
            Assert.Equal("zh-Hans", (string?)html.Attribute("lang"));
            Assert.Equal("zh-Hans", (string?)html.Attribute(Xml + "lang"));
        }
    }

    [Fact]
    public void Every_unit_of_the_seed_has_its_website_id_exactly_once()
    {
        var ids = Book.ContentDocuments().Values
            .SelectMany(d => d.Descendants())
            .Select(e => (string?)e.Attribute("id"))
            .OfType<string>()
            .ToList();
        var expected = seed.Document.Units().Select(u => u.Id.ToString()).ToList();

        Assert.Equal(31 + 28 + 3 + 13 + 18 + 35, expected.Count);
        Assert.All(expected, id => Assert.Single(ids, id));
        Assert.Contains("pp12", ids);
        Assert.Contains("op19-b", ids);
        Assert.Contains("op2-a-iii", ids);
        Assert.Contains("fn16", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_note_reference_is_a_noteref_that_resolves_to_an_endnote_in_the_one_endnotes_section()
    {
        var noterefs = Text.Descendants(Xhtml + "a").Where(a => HasType(a, "noteref")).ToList();
        var section = Assert.Single(Text.Descendants(Xhtml + "section"), s => HasType(s, "endnotes"));
        var notes = Notes.ToDictionary(li => (string)li.Attribute("id")!);

        Assert.Equal(seed.Document.Units().Sum(u => CountNoteRefs(u.Content)), noterefs.Count);
        foreach (var link in noterefs)
        {
            Assert.Equal("doc-noteref", (string?)link.Attribute("role"));
            var (path, fragment) = ResolveLink(SeedEpub.TextPath, (string)link.Attribute("href")!);
            Assert.Equal(SeedEpub.TextPath, path);
            Assert.True(notes.ContainsKey(fragment), $"{fragment} is not an endnote");
        }

        // One note type, as Standard Ebooks marks its notes: every note an endnote item of the one endnotes list,
        // no footnote asides beside or inside it.
        Assert.Equal(35, notes.Count);
        Assert.Equal("doc-endnotes", (string?)section.Attribute("role"));
        Assert.All(notes.Values, li =>
        {
            Assert.Equal(Xhtml + "li", li.Name);
            // DPUB-ARIA 1.1 deprecates doc-endnote; the section's doc-endnotes role covers its list.
            Assert.Null(li.Attribute("role"));
            Assert.Same(section, li.Ancestors(Xhtml + "section").First());
        });
        Assert.Equal(35, section.Descendants().Count(e => e.Attribute(Ops + "type") is not null && HasType(e, "endnote")));
        Assert.Empty(Text.Descendants(Xhtml + "aside"));
        Assert.DoesNotContain(Text.Descendants(), e => HasType(e, "footnote") || (string?)e.Attribute("role") == "doc-footnote");
    }

    [Fact]
    public void Every_referenced_note_has_a_labelled_back_link_to_its_first_reference()
    {
        var ids = Text.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        foreach (var note in Notes)
        {
            var number = ((string)note.Attribute("id")!)[2..];
            var backlink = Assert.Single(note.Descendants(Xhtml + "a"), a => (string?)a.Attribute("role") == "doc-backlink");
            Assert.Equal("#fnref" + number, (string?)backlink.Attribute("href"));
            Assert.True(HasType(backlink, "backlink"));
            Assert.Contains(number, (string?)backlink.Attribute("aria-label") ?? "", StringComparison.Ordinal);
            Assert.Contains("fnref" + number, ids);
        }
    }

    [Fact]
    public void An_ibid_note_carries_the_note_it_repeats_inside_its_own_numbered_paragraph()
    {
        var fn6 = Notes.Single(li => (string?)li.Attribute("id") == "fn6");
        var paragraph = Assert.Single(fn6.Elements(Xhtml + "p"));
        var explanation = Assert.Single(paragraph.Elements(Xhtml + "span"), s => (string?)s.Attribute("class") == "repeats");
        Assert.Equal("“同上”指脚注 5：见第 2200 A(XXI)号决议，附件。", explanation.Value);
        Assert.StartsWith("6 同上。", paragraph.Value, StringComparison.Ordinal);

        // The explanation stands before the back-link, so the note reads as one note with its number.
        Assert.True(explanation.IsBefore(paragraph.Elements(Xhtml + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink")));

        foreach (var note in seed.Document.Footnotes.Where(n => n.Repeats is not null))
        {
            var repeated = seed.Document.Footnotes.Single(n => n.Number == note.Repeats);
            var item = Notes.Single(li => (string?)li.Attribute("id") == note.Id.ToString());
            Assert.Single(item.Elements(Xhtml + "p"));
            Assert.Contains(repeated.Text, item.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_link_to_a_un_document_goes_to_undocs_in_chinese()
    {
        var links = Text.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("class") == "symbol").ToList();
        var symbols = seed.Document.Units().SelectMany(u => SymbolLinks(u.Content)).ToList();

        // Each symbol of the text once, the document's own in the preface, and again where an ibid. note repeats one.
        var ownLinks = links.Where(a => !a.Ancestors().Any(e => (string?)e.Attribute("class") == "repeats")).ToList();
        Assert.Equal(symbols.Count + 1, ownLinks.Count);
        Assert.All(links, a => Assert.StartsWith("https://undocs.org/zh/", (string)a.Attribute("href")!, StringComparison.Ordinal));
        var hrefs = Text.Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "https://undocs.org/zh/A/C.3/79/L.34",
                "https://undocs.org/zh/A/RES/78/218",
                "https://undocs.org/zh/A/HRC/RES/55/21",
                "https://undocs.org/zh/S/RES/2321(2016)",
                "https://undocs.org/zh/A/RES/2200(XXI)",
                "https://undocs.org/zh/A/HRC/25/63",
                "https://www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea",
            },
            hrefs);
        Assert.All(hrefs, href => Assert.Matches("^(#|https://)", href));
    }

    [Fact]
    public void The_table_of_contents_lists_preface_preamble_each_operative_paragraph_and_notes()
    {
        var toc = Book.Nav.Descendants(Xhtml + "nav").Single(n => HasType(n, "toc"));
        var hrefs = toc.Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!).ToList();
        var operative = hrefs.Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, @"#op[0-9]+$")).ToList();

        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"text.xhtml#op{n}"), operative);
        Assert.Equal(["text.xhtml#preface", "text.xhtml#preamble", "text.xhtml#operative", .. operative, "text.xhtml#notes"], hrefs);
        Assert.Equal("1. 最强烈地谴责", toc.Descendants(Xhtml + "a").Single(a => (string?)a.Attribute("href") == "text.xhtml#op1").Value);
        AssertResolves(toc);
    }

    [Fact]
    public void The_landmarks_point_at_the_title_page_the_start_of_text_and_the_notes()
    {
        var landmarks = Book.Nav.Descendants(Xhtml + "nav").Single(n => HasType(n, "landmarks"));
        var entries = landmarks.Descendants(Xhtml + "a").Select(a => ((string?)a.Attribute(Ops + "type"), (string)a.Attribute("href")!)).ToList();

        Assert.Equal([("titlepage", "titlepage.xhtml"), ("bodymatter", "text.xhtml"), ("endnotes", "text.xhtml#notes")], entries);
        AssertResolves(landmarks);
    }

    [Fact]
    public void The_spine_reads_title_page_then_text_and_the_cover_is_an_svg_image()
    {
        Assert.Equal(["EPUB/titlepage.xhtml", "EPUB/text.xhtml"], Book.Spine);
        var cover = Assert.Single(Book.ManifestProperties, p => p.Value == "cover-image");
        Assert.Equal("EPUB/cover.svg", cover.Key);
        var svg = Book.Parse(cover.Key);
        Assert.Contains("A/C.3/79/L.34", svg.Root!.Value, StringComparison.Ordinal);
        Assert.Contains("联合国大会", svg.Root.Value, StringComparison.Ordinal);
        var titlepage = Book.Parse("EPUB/titlepage.xhtml");
        Assert.Equal("朝鲜民主主义人民共和国人权状况", titlepage.Descendants(Xhtml + "h1").Single().Value);
        Assert.Contains(titlepage.Descendants(Xhtml + "p"), p => p.Value == "A/C.3/79/L.34");
    }

    [Fact]
    public void The_book_has_no_scripts_and_one_style_sheet_that_leaves_font_and_size_to_the_reader()
    {
        Assert.DoesNotContain(Book.Files.Keys, p => p.EndsWith(".js", StringComparison.Ordinal));
        Assert.DoesNotContain(Book.ManifestProperties.Values, p => p.Contains("scripted", StringComparison.Ordinal));
        foreach (var document in Book.ContentDocuments().Values.Append(Book.Nav))
        {
            Assert.Empty(document.Descendants(Xhtml + "script"));
            Assert.Empty(document.Descendants(Xhtml + "style"));
            Assert.DoesNotContain(document.Descendants(), e => e.Attribute("style") is not null || e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
        }

        var css = Assert.Single(Book.Files, f => f.Key.EndsWith(".css", StringComparison.Ordinal));
        var text = System.Text.Encoding.UTF8.GetString(css.Value);
        Assert.DoesNotContain("font-family", text, StringComparison.Ordinal);
        Assert.DoesNotContain("!important", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"font-size:\s*[0-9.]+(px|pt)", text);
        Assert.DoesNotMatch(@"(^|\n)\s*(html|body)\s*[,{][^}]*font-size", text);
    }

    private IReadOnlyList<string> Roles(string id) => Book.Metadata.Elements(Opf + "meta")
        .Where(m => (string?)m.Attribute("refines") == "#" + id && (string?)m.Attribute("property") == "role")
        .Select(m => { Assert.Equal("marc:relators", (string?)m.Attribute("scheme")); return m.Value; })
        .ToList();

    private void AssertResolves(XElement nav)
    {
        foreach (var link in nav.Descendants(Xhtml + "a"))
        {
            var (path, fragment) = ResolveLink(Book.NavPath, (string)link.Attribute("href")!);
            var document = Book.Parse(path);
            if (fragment.Length > 0)
            {
                Assert.Single(document.Descendants(), e => (string?)e.Attribute("id") == fragment);
            }
        }
    }

    private static bool HasType(XElement element, string type) =>
        ((string?)element.Attribute(Ops + "type") ?? "").Split(' ').Contains(type);

    private static int CountNoteRefs(IEnumerable<Inline> inlines) => inlines.Sum(i => i switch
    {
        NoteRef => 1,
        Strong s => CountNoteRefs(s.Children),
        Emphasis e => CountNoteRefs(e.Children),
        _ => 0,
    });

    private static IEnumerable<SymbolLink> SymbolLinks(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        SymbolLink link => [link],
        Strong s => SymbolLinks(s.Children),
        Emphasis e => SymbolLinks(e.Children),
        _ => Enumerable.Empty<SymbolLink>(),
    });
}
