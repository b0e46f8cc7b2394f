using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every form of UN resolution reads into the model (DESIGN.md, "Input"): ECOSOC, Human Rights Council, Security
/// Council and General Assembly texts, drafts and adopted ones, with their prefaces, adoption blocks, unnumbered
/// operative paragraphs, asterisk notes, notes carried over a page end and conversion noise. The texts are under
/// <c>Cases/genre/</c> (its README says how they were written); each is read as a loose file, as <c>model FILE</c>
/// reads it, so its issuing body comes from its enacting formula.
/// </summary>
public sealed class GenreParsingTests
{
    public static TheoryData<string> Names =>
    [
        "en-ecosoc-adopted", "en-hrc-recorded-vote", "en-ga-revised-draft", "en-sc-unnumbered", "zh-sc-conversion-noise", "zh-ga-adopted",
        "ar-ga-adopted", "ar-sc-adopted", "ar-sc-unanimous", "ar-hrc-recorded-vote", "en-ga-declaration",
        "en-ga-annex", "fr-ga-annex",
    ];

    private static ResolutionDocument Model(string name, out DiagnosticBag diagnostics)
    {
        var text = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "genre", name, "input.md"));
        var language = name[..2] switch { "zh" => "zh-Hans", var code => code };
        return Sources.Model(text, DocumentMetadata.ForLooseFile(language), out diagnostics, $"tests/SiteGen.Tests/Cases/genre/{name}/input.md");
    }

    [Fact]
    public void An_ECOSOC_resolution_has_its_heading_recommendation_number_and_two_line_adoption()
    {
        var document = Model("en-ecosoc-adopted", out _);

        Assert.Equal("Resolution adopted by the Economic and Social Council on 23 July 2024", document.Preface.Heading);
        Assert.Equal("on the recommendation of the Commission for Social Development (E/2024/26)", document.Preface.Report);
        Assert.Equal("2024/15", document.Preface.Number);
        var adoption = Assert.IsType<Adoption>(document.Adoption);
        Assert.Equal((27, true, new DateOnly(2024, 7, 23), AdoptionPlace.AfterOperativePart), (adoption.Meeting, adoption.PlenaryMeeting, adoption.Date, adoption.Place));
        Assert.Contains(document.References, reference => reference is { Symbol: "E/RES/2023/9" } && reference.In.ToString() == "pp2");
    }

    [Fact]
    public void A_Human_Rights_Council_resolution_adopted_by_a_recorded_vote_has_its_votes_and_the_Councils_references()
    {
        var document = Model("en-hrc-recorded-vote", out _);
        var adoption = Assert.IsType<Adoption>(document.Adoption);

        Assert.Equal(AdoptionMethod.RecordedVote, adoption.Method);
        Assert.Equal(new VoteCount(28, 6, 13), adoption.Votes);
        Assert.Equal((53, false, new DateOnly(2024, 4, 4)), (adoption.Meeting, adoption.PlenaryMeeting, adoption.Date));
        Assert.EndsWith("Abstaining: Bangladesh, India, Indonesia]", adoption.Text, StringComparison.Ordinal);
        Assert.Equal(("Human Rights Council", "26 February–5 April 2024", "55/10"), (document.Preface.Body, document.Preface.Date, document.Preface.Number));
        Assert.Equal(["A/HRC/RES/46/1", "A/HRC/RES/51/1"], document.References.Where(r => r.In.ToString() == "pp2").Select(r => r.Symbol));
    }

    [Fact]
    public void A_revised_draft_keeps_its_sponsors_its_asterisk_note_and_a_note_carried_over_a_page_end()
    {
        var document = Model("en-ga-revised-draft", out _);

        Assert.Equal(["Austria", "Costa Rica", "Mexico"], document.Preface.Sponsors.AsEnumerable());
        Assert.Equal("revised draft resolution", document.Preface.DocumentType);
        Assert.Equal("Moratorium on the use of the death penalty", document.Title);
        Assert.Equal(["fn-star", "fn1"], document.Footnotes.Select(note => note.Id.ToString()));
        Assert.Equal("Reissued for technical reasons on 12 November 2024.", document.Footnotes[0].Text);
        Assert.Equal("See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 49 (A/77/49), vol. I.", document.Footnotes[1].Text);
        Assert.Equal("Recalling its resolution 77/222 of 15 December 2022, and welcoming the steps taken by many States towards abolition,", document.Preamble[1].Text);
        Assert.Null(document.Adoption);
    }

    [Fact]
    public void Unnumbered_Security_Council_paragraphs_are_operative_and_its_adoption_line_stands_in_the_preface()
    {
        var document = Model("en-sc-unnumbered", out _);

        Assert.Equal(["op1", "op2"], document.Operative.Select(paragraph => paragraph.Id.ToString()));
        Assert.All(document.Operative, paragraph => Assert.Equal("", paragraph.Label));
        Assert.Equal(3, document.Preamble.Length);
        var adoption = Assert.IsType<Adoption>(document.Adoption);
        Assert.Equal((AdoptionPlace.Preface, 8401, new DateOnly(2018, 11, 15)), (adoption.Place, adoption.Meeting, adoption.Date));
        Assert.Equal(("Resolution 2446 (2018)", "2446 (2018)"), (document.Title, document.Preface.Number));
    }

    [Fact]
    public void Conversion_noise_in_a_Chinese_text_is_read_with_a_warning_for_each_kind()
    {
        var document = Model("zh-sc-conversion-noise", out var diagnostics);

        Assert.Equal(["SG2016", "SG2018", "SG2018", "SG2019"], diagnostics.Items.Select(d => d.Code).Order());
        Assert.All(diagnostics.Items, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("注意到科索沃局势，", document.Preamble[0].Text);
        Assert.Equal(("1.", "决定所有国家应防止本国国民向科索沃出售武器；"), (document.Operative[0].Label, document.Operative[0].Text));
        Assert.Equal("安全理事会", document.EnactingFormula);
        Assert.Equal(new DateOnly(1998, 3, 31), document.Adoption?.Date);
    }

    [Fact]
    public void A_note_whose_end_stands_at_the_next_page_end_is_one_note()
    {
        var document = Model("zh-ga-adopted", out _);

        Assert.Equal("见《大会正式记录，第七十三届会议，补编第53号》(A/73/53)，第四章，A节。", document.Footnotes[0].Text);
        Assert.Equal(2, document.Footnotes[0].Segments.Length);
        Assert.Equal(1, document.Footnotes[1].Repeats);
        Assert.Equal("根据第三委员会的报告(A/73/589/Add.3)通过", document.Preface.Report);
        Assert.Equal((55, true, new DateOnly(2018, 12, 17)), (document.Adoption?.Meeting, document.Adoption?.PlenaryMeeting, document.Adoption?.Date));
    }

    [Fact]
    public void Arabic_adoption_lines_name_the_meeting_before_its_number()
    {
        var assembly = Model("ar-ga-adopted", out _);
        var council = Model("ar-sc-adopted", out _);
        var unanimous = Model("ar-sc-unanimous", out _);

        Assert.Equal((52, true, new DateOnly(2024, 12, 17), AdoptionPlace.AfterOperativePart), (assembly.Adoption?.Meeting, assembly.Adoption?.PlenaryMeeting, assembly.Adoption?.Date, assembly.Adoption?.Place));
        Assert.Equal((8401, false, new DateOnly(2018, 11, 15), AdoptionPlace.Preface), (council.Adoption?.Meeting, council.Adoption?.PlenaryMeeting, council.Adoption?.Date, council.Adoption?.Place));
        Assert.Equal((1856, AdoptionMethod.Unanimously), (unanimous.Adoption?.Meeting, unanimous.Adoption?.Method));
        Assert.Equal(["op1", "op1-a", "op1-b", "op1-c"], unanimous.Units().Where(unit => unit.Id.Kind != UnitKind.Preambular).Select(unit => unit.Id.ToString()));
    }

    [Fact]
    public void Resolution_numbers_in_Arabic_Indic_digits_are_references_with_ASCII_symbols()
    {
        var assembly = Model("ar-ga-adopted", out _);
        var council = Model("ar-sc-adopted", out _);

        Assert.Equal([("٧٠/١", "A/RES/70/1"), ("١٣٢٥ (٢٠٠٠)", "S/RES/1325(2000)")], assembly.References.Where(r => r.In.Kind == UnitKind.Preambular).Select(r => (r.Text, r.Symbol)));
        Assert.Equal([("٢٣٨٧ (٢٠١٧)", "S/RES/2387(2017)")], council.References.Select(r => (r.Text, r.Symbol)));
        Assert.Equal("٢٤٤٦ (٢٠١٨)", council.Preface.Number);
    }

    [Theory]
    [InlineData("ar-ga-adopted", "A/79/457")]
    [InlineData("zh-ga-adopted", "A/73/589/Add.3")]
    public void The_report_in_the_preface_is_a_reference_standing_in_the_preface(string name, string symbol)
    {
        var document = Model(name, out _);

        Assert.Equal(new[] { ("preface", symbol) }, document.References.Where(r => r.In == UnitId.Preface).Select(r => (r.In.ToString(), r.Symbol)));
        Assert.Equal(symbol, Assert.Single(document.Preface.ReportLine.OfType<SymbolLink>()).Symbol);
        Assert.Equal(UnitId.Preface, document.References[0].In);
    }

    [Fact]
    public void A_declaration_the_resolution_adopts_keeps_its_own_units_and_the_adopting_paragraph_stays_whole()
    {
        var document = Model("en-ga-declaration", out var diagnostics);
        var adopted = document.AdoptedText;

        Assert.Empty(diagnostics.Items);
        Assert.Empty(document.Preamble);
        var op1 = Assert.Single(document.Operative);
        Assert.Equal("op1", op1.Id.ToString());
        Assert.StartsWith("Adopts the following political declaration", op1.Text, StringComparison.Ordinal);
        Assert.EndsWith("on 26 September 2018:", op1.Text, StringComparison.Ordinal);
        Assert.NotNull(adopted);
        Assert.Equal(
            ["Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis", "United to end tuberculosis: an urgent global response to a global epidemic"],
            adopted.Headings.AsEnumerable());
        Assert.Equal(
            ["op1", "decl-pp1", "decl-op1", "decl-op2", "decl-op2-a", "decl-op2-b", "decl-op3", "fn1"],
            document.Units().Select(unit => unit.Id.ToString()));
        Assert.StartsWith("We, Heads of State", adopted.Preamble[0].Text, StringComparison.Ordinal);
        Assert.Equal(UnitId.Operative(2).InAdopted(), document.References.Single(r => r.Symbol == "A/RES/70/266").In);
        Assert.Equal((18, new DateOnly(2018, 10, 10)), (document.Adoption?.Meeting, document.Adoption?.Date));
    }

    [Fact]
    public void A_text_annexed_after_the_adoption_line_keeps_its_own_units_and_the_adoption_stays_the_resolutions()
    {
        var document = Model("en-ga-annex", out var diagnostics);
        var adopted = document.AdoptedText;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["pp1"], document.Preamble.Select(unit => unit.Id.ToString()));
        var op1 = Assert.Single(document.Operative);
        Assert.EndsWith("as contained in the annex to the present resolution.", op1.Text, StringComparison.Ordinal);
        Assert.NotNull(adopted);
        Assert.Equal(["Annex", "Global Compact for Safe, Orderly and Regular Migration"], adopted.Headings.AsEnumerable());
        Assert.Equal(
            ["pp1", "op1", "decl-pp1", "decl-op1", "decl-op2", "decl-op2-a", "decl-op2-b", "decl-op3", "fn1"],
            document.Units().Select(unit => unit.Id.ToString()));
        Assert.StartsWith("We, the Heads of State", adopted.Preamble[0].Text, StringComparison.Ordinal);
        Assert.Equal("See resolution 71/1.", document.Footnotes.Single().Text);
        Assert.Equal(UnitId.Operative(3).InAdopted(), document.References.Single(r => r.In.InAdoptedText && r.Symbol == "A/RES/71/1").In);
        var adoption = Assert.IsType<Adoption>(document.Adoption);
        Assert.Equal((60, new DateOnly(2018, 12, 19), "60th plenary meeting 19 December 2018"), (adoption.Meeting, adoption.Date, adoption.Text));
        Assert.True(adopted.Annexed);
        using var json = ModelExport.Of(document, diagnostics.Items);
        Assert.True(json.RootElement.GetProperty("adoptedText").GetProperty("annexed").GetBoolean());
    }

    [Fact]
    public void A_French_annex_is_headed_by_Annexe()
    {
        var document = Model("fr-ga-annex", out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["Annexe", "Pacte mondial pour des migrations sûres, ordonnées et régulières"], document.AdoptedText?.Headings.AsEnumerable());
        Assert.Equal(["pp1", "op1", "decl-pp1", "decl-op1", "decl-op2"], document.Units().Select(unit => unit.Id.ToString()));
        Assert.Equal((60, new DateOnly(2018, 12, 19)), (document.Adoption?.Meeting, document.Adoption?.Date));
    }

    [Fact]
    public void The_model_export_carries_the_adopted_text_with_its_own_units()
    {
        var document = Model("en-ga-declaration", out var diagnostics);
        using var json = ModelExport.Of(document, diagnostics.Items);
        var adopted = json.RootElement.GetProperty("adoptedText");

        Assert.Equal(2, adopted.GetProperty("headings").GetArrayLength());
        Assert.False(adopted.TryGetProperty("annexed", out _));
        Assert.Equal("decl-pp1", adopted.GetProperty("preamble")[0].GetProperty("id").GetString());
        Assert.Equal(["decl-op1", "decl-op2", "decl-op3"], adopted.GetProperty("operative").EnumerateArray().Select(unit => unit.GetProperty("id").GetString()));
        Assert.Equal("op1", Assert.Single(json.RootElement.GetProperty("operative").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void A_date_line_above_the_meeting_belongs_to_the_adoption_block()
    {
        var document = Sources.Model("大会，\n\n回顾某事，\n\n1. 决定某事。\n\n2018年12月17日\n\n第55次全体会议\n", DocumentMetadata.ForLooseFile("zh-Hans"), out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("2018年12月17日 第55次全体会议", document.Adoption?.Text);
        Assert.Equal((55, new DateOnly(2018, 12, 17)), (document.Adoption?.Meeting, document.Adoption?.Date));
    }

    [Theory]
    [InlineData("en-sc-unnumbered", "zh-Hans", "Latin letters")]
    [InlineData("zh-ga-adopted", "en", "Chinese characters")]
    public void A_text_read_in_the_wrong_language_is_said_to_be_so_in_one_line(string name, string language, string script)
    {
        var text = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "genre", name, "input.md"));
        Sources.Model(text, DocumentMetadata.ForLooseFile(language), out var diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG2015", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains(script, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(language, diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A text in each of the six languages, each given every other language.</summary>
    public static TheoryData<string, string> WrongLanguages
    {
        get
        {
            string[] texts = ["genre/en-sc-unnumbered", "genre/zh-ga-adopted", "languages/fr-sres-1421", "languages/es-draft", "languages/ru-draft", "genre/ar-ga-adopted"];
            string[] languages = ["en", "zh-Hans", "fr", "es", "ru", "ar"];
            var data = new TheoryData<string, string>();
            for (var i = 0; i < texts.Length; i++)
            {
                foreach (var language in languages.Where((_, j) => j != i))
                {
                    data.Add(texts[i], language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WrongLanguages))]
    public void A_text_in_any_of_the_six_languages_read_as_another_is_said_to_be_so_in_one_line(string path, string language)
    {
        var text = GoldenCase.Named(path).Text;
        var document = Sources.Model(text, DocumentMetadata.ForLooseFile(language), out var diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG2015", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains($"given as {language}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(document.Units());
    }

    [Theory]
    [InlineData("languages/fr-sres-1421", "es", "French")]
    [InlineData("languages/es-draft", "en", "Spanish")]
    [InlineData("genre/en-sc-unnumbered", "fr", "English")]
    public void A_text_read_as_another_language_of_its_script_is_known_by_its_enacting_formula(string path, string language, string written)
    {
        var text = GoldenCase.Named(path).Text;
        Sources.Model(text, DocumentMetadata.ForLooseFile(language), out var diagnostics);

        Assert.Contains($"written in {written}", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_export_carries_the_adoption_block_and_the_preface_of_an_adopted_text()
    {
        var document = Model("en-hrc-recorded-vote", out var diagnostics);
        using var json = ModelExport.Of(document, diagnostics.Items);
        var adoption = json.RootElement.GetProperty("adoption");

        Assert.Equal("recordedVote", adoption.GetProperty("method").GetString());
        Assert.Equal((28, 6, 13), (adoption.GetProperty("inFavour").GetInt32(), adoption.GetProperty("against").GetInt32(), adoption.GetProperty("abstentions").GetInt32()));
        Assert.Equal("2024-04-04", adoption.GetProperty("date").GetString());
        Assert.Equal("55/10", json.RootElement.GetProperty("preface").GetProperty("number").GetString());
    }
}
