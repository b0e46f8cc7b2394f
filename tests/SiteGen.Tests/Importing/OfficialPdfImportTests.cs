using SiteGen.Core.Diagnostics;
using SiteGen.Core.Importing;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Importing;

/// <summary>
/// The two official PDFs of the corpus (General Assembly resolutions 73/3 and 73/7, English, as the UN publishes
/// them) import into the source format. What is expected was read off the PDFs by eye and checked against
/// pdftotext: the masthead, every paragraph's opening, every note's text and where the notes fall.
/// </summary>
public sealed class OfficialPdfImportTests
{
    internal static string PdfPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "SiteGen.Tests", "Importing", "Pdf", name);

    internal static ImportedDocument Import(string name)
    {
        var diagnostics = new DiagnosticBag();
        var document = PdfImporter.Import(PdfPath(name), diagnostics);
        Assert.Empty(diagnostics.Items);
        return Assert.IsType<ImportedDocument>(document);
    }

    internal static string[] Blocks(ImportedDocument document) => document.Text.TrimEnd('\n').Split("\n\n");

    private static bool IsNote(string block) => "¹²³⁴⁵⁶⁷⁸⁹".Contains(block[0]);

    /// <summary>A numbered paragraph: its first word is a number and a full stop (not <c>73/3.</c>, not <c>28th</c>).</summary>
    private static bool IsNumbered(string block)
    {
        var number = block.Split(' ')[0];
        return number.Length > 1 && number[^1] == '.' && number[..^1].All(char.IsAsciiDigit);
    }

    [Fact]
    public void The_masthead_of_73_7_gives_symbol_body_distribution_date_and_language()
    {
        var document = Import("A_RES_73_7-EN.pdf");

        Assert.Equal("A/RES/73/7", document.Symbol);
        Assert.Equal(IssuingBody.GeneralAssembly, document.Body);
        Assert.Equal("general", document.Distribution);
        Assert.Equal(new DateOnly(2018, 10, 31), document.Date);
        Assert.Equal("en", document.Language);
        Assert.Null(document.OriginalLanguage); // a resolution's masthead does not print one
        Assert.Equal(5, document.Pages);
    }

    [Fact]
    public void Resolution_73_7_has_its_preface_13_preambular_and_28_operative_paragraphs_and_the_adoption_line()
    {
        var blocks = Blocks(Import("A_RES_73_7-EN.pdf"));
        string[] preface =
        [
            "Seventy-third session",
            "Agenda item 77",
            "Resolution adopted by the General Assembly on 29 October 2018",
            "[without reference to a Main Committee (A/73/L.8 and A/73/L.8/Add.1)]",
            "73/7. Report of the International Criminal Court",
            "The General Assembly,",
        ];
        Assert.Equal(preface, blocks[..6]);

        var body = blocks[6..^1].Where(b => !IsNote(b)).ToList();
        var preamble = body.TakeWhile(b => !IsNumbered(b)).ToList();
        string[] openings = ["Recalling", "Recalling also", "Recognizing", "Reiterating", "Emphasizing", "Convinced", "Acknowledging", "Recalling", "Expressing its appreciation", "Acknowledging", "Noting", "Welcoming", "Stressing"];
        Assert.Equal(openings.Select(o => $"*{o}* "), preamble.Select(p => p[..(p.IndexOf("* ", StringComparison.Ordinal) + 2)]));

        var operative = body.Skip(preamble.Count).ToList();
        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"{n}."), operative.Select(p => p.Split(' ')[0]));
        Assert.StartsWith("1. *Welcomes* the report of the International Criminal Court for 2017/18;⁴", operative[0], StringComparison.Ordinal);
        Assert.Equal("*Emphasizing* that justice, especially transitional justice in conflict and post-conflict societies, is a fundamental building block of sustainable peace,", preamble[4]);
        Assert.Contains("President of the Security Council of 12 February 2013⁹ in which the Council", operative[20], StringComparison.Ordinal);
        Assert.EndsWith("for consideration by the General Assembly at its seventy-fourth session.", operative[27], StringComparison.Ordinal);
        Assert.Equal("28th plenary meeting 29 October 2018", blocks[^1]);
    }

    [Fact]
    public void Resolution_73_7_keeps_its_nine_notes_at_their_page_ends()
    {
        var blocks = Blocks(Import("A_RES_73_7-EN.pdf"));
        string[] notes =
        [
            "¹ United Nations, *Treaty Series*, vol. 2187, No. 38544.",
            "² A/58/874 and A/58/874/Add.1.",
            "³ Articles 10 and 13 of the Relationship Agreement.",
            "⁴ A/73/334.",
            "⁵ United Nations, *Treaty Series*, vol. 2271, No. 40446.",
            "⁶ Article 2, paragraph 3, of the Relationship Agreement.",
            "⁷ A/67/828 S/2013/210, annex.",
            "⁸ A/73/335.",
            "⁹ S/PRST/2013/2; see *Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013* (S/INF/68).",
        ];
        Assert.Equal(notes, blocks.Where(IsNote));

        // Page 1 ends after the eighth preambular paragraph, page 2 after operative paragraph 6, page 3 after 16, page 4 after 24.
        Assert.StartsWith("*Recalling* that effective", blocks[Array.IndexOf(blocks, notes[0]) - 1], StringComparison.Ordinal);
        Assert.StartsWith("6. *Encourages*", blocks[Array.IndexOf(blocks, notes[1]) - 1], StringComparison.Ordinal);
        Assert.StartsWith("16. *Invites*", blocks[Array.IndexOf(blocks, notes[5]) - 1], StringComparison.Ordinal);
        Assert.StartsWith("24. *Recalls*", blocks[Array.IndexOf(blocks, notes[8]) - 1], StringComparison.Ordinal);

        // Every marker in the text: notes 1 and 2 are referenced twice.
        var markers = blocks.Where(b => !IsNote(b)).SelectMany(b => b.Where(c => "¹²³⁴⁵⁶⁷⁸⁹".Contains(c)));
        Assert.Equal("¹²³⁴¹⁵²⁶⁷⁸⁹", string.Concat(markers));
    }

    [Theory]
    [InlineData("A_RES_73_7-EN.pdf", "18-18142", "*1818142*", "A/RES/73/7")]
    [InlineData("A_RES_73_3-EN.pdf", "18-16895", "*1816895*", "A/RES/73/3")]
    public void Page_furniture_is_left_out(string pdf, string jobNumber, string barCode, string symbol)
    {
        var document = Import(pdf);
        var blocks = Blocks(document);

        Assert.DoesNotContain(jobNumber, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(barCode.Trim('*'), document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(symbol, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("__", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(blocks, b => b.Contains($"/{document.Pages}", StringComparison.Ordinal) && b.Length < 8);
        Assert.DoesNotContain("United Nations\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_73_3_adopts_a_declaration_of_53_paragraphs_with_seven_notes()
    {
        var document = Import("A_RES_73_3-EN.pdf");
        var blocks = Blocks(document);

        Assert.Equal(("A/RES/73/3", "general", new DateOnly(2018, 10, 18), 10), (document.Symbol, document.Distribution, document.Date!.Value, document.Pages));
        string[] opening =
        [
            "Seventy-third session",
            "Agenda item 129",
            "Resolution adopted by the General Assembly on 10 October 2018",
            "[without reference to a Main Committee (A/73/L.4)]",
            "73/3. Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis",
            "The General Assembly",
            "*Adopts* the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018:",
            "Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis",
            "United to end tuberculosis: an urgent global response to a global epidemic",
        ];
        Assert.Equal(opening, blocks[..9]);

        // The declaration's first paragraph runs onto page 2, which has no notes before it: one block.
        Assert.StartsWith("We, Heads of State and Government", blocks[9], StringComparison.Ordinal);
        Assert.Contains("including its drug-resistant forms", blocks[9], StringComparison.Ordinal);
        Assert.EndsWith("protects and fulfils the human rights and dignity of all people, and we therefore:", blocks[9], StringComparison.Ordinal);

        var numbered = blocks.Where(IsNumbered).ToList();
        Assert.Equal(Enumerable.Range(1, 53).Select(n => $"{n}."), numbered.Select(p => p.Split(' ')[0]));
        Assert.Contains("in low- and middle-income countries", string.Join(' ', blocks), StringComparison.Ordinal);

        string[] notes =
        [
            "¹ Resolution 70/1.",
            "² Resolution 69/313, annex.",
            "³ See World Health Organization, document WHA69/2016/REC/1.",
            "⁴ See *Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A* and corrigendum (A/71/53/Add.1 and A/71/53/Add.1/Corr.1), chap. II.",
            "⁵ See World Health Organization, document WHA67/2014/REC/1.",
            "⁶ See resolution 55/2.",
            "⁷ See World Health Organization, document WHA71/2018/REC/1.",
        ];
        Assert.Equal(notes, blocks.Where(IsNote));
        Assert.Equal("18th plenary meeting 10 October 2018", blocks[^1]);
    }

    [Fact]
    public void Importing_twice_gives_the_same_text()
    {
        Assert.Equal(Import("A_RES_73_3-EN.pdf").Text, Import("A_RES_73_3-EN.pdf").Text);
    }
}
