using SiteGen.Core.Parsing;
using SiteGen.Tests.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Arabic, French, Russian and Spanish texts read into the same model as Chinese and English (DESIGN.md,
/// "Input" and "Anchors"): the language's enacting formula, its operative numbering (<c>1 -</c> in Arabic), its
/// sub-paragraph letters (<c>а)</c>, <c>(أ)</c>) and second-degree numerals (<c>i)</c>, <c>’1‘</c>) give the same
/// Latin anchors, page-break splits are rejoined with a space. See <see cref="LanguageSamples"/> for where the
/// texts come from.
/// </summary>
public sealed class LanguageParsingTests
{
    public static TheoryData<string> Names => [.. LanguageSamples.All.Select(sample => sample.Name)];

    public static TheoryData<string> Drafts => ["ar-draft", "ru-draft", "es-draft"];

    private static LanguageSamples.Sample Find(string name) => LanguageSamples.All.Single(sample => sample.Name == name);

    [Theory]
    [InlineData("ar-draft")]
    [InlineData("ru-draft")]
    [InlineData("es-draft")]
    public void The_drafts_have_the_same_anchors_in_every_language(string name)
    {
        var document = Find(name).Model(out _);

        Assert.Equal(
            ["pp1", "pp2", "pp3", "op1", "op1-a", "op1-b", "op1-b-i", "op1-b-ii", "op1-c", "op2", "op3", "fn1", "fn2"],
            document.Units().Select(unit => unit.Id.ToString()));
    }

    [Fact]
    public void Arabic_labels_are_kept_as_the_text_writes_them()
    {
        var document = LanguageSamples.Arabic.Model(out _);
        var op1 = document.Operative[0];

        Assert.Equal("1 -", op1.Label);
        Assert.Equal(["(أ)", "(ب)", "(ج)"], op1.Children.Select(sub => sub.Label));
        Assert.Equal(["’1‘", "’2‘"], op1.Children[1].Children.Select(item => item.Label));
        Assert.Equal("أن تقدم تقارير تبين فيها ما يلي:", op1.Children[1].Text);
    }

    [Fact]
    public void Russian_letters_follow_the_cyrillic_order()
    {
        var document = LanguageSamples.Russian.Model(out _);

        Assert.Equal(["а)", "б)", "в)"], document.Operative[0].Children.Select(sub => sub.Label));
        Assert.Equal(["i)", "ii)"], document.Operative[0].Children[1].Children.Select(item => item.Label));
    }

    [Theory]
    [InlineData("ar-draft", "وإذ تحيط علما بتقرير الأمين العام وتعرب عن تقديرها لجميع الدول التي قدمت معلومات وفقا للطلب الوارد في ذلك القرار،")]
    [InlineData("ru-draft", "принимая к сведению доклад Генерального секретаря и выражая признательность всем государствам, которые представили информацию в соответствии с просьбой, содержащейся в этой резолюции,")]
    [InlineData("es-draft", "Tomando nota del informe del Secretario General y expresando su reconocimiento a todos los Estados que han presentado información de conformidad con lo solicitado en esa resolución,")]
    public void A_paragraph_split_by_a_page_break_is_rejoined_with_one_space(string name, string text)
    {
        var document = Find(name).Model(out _);

        Assert.Equal(text, document.Preamble[2].Text);
    }

    [Theory]
    [InlineData("ru", "Албания, Босния и Герцеговина и Япония: проект резолюции", "Албания|Босния и Герцеговина|Япония", "проект резолюции")]
    [InlineData("fr", "Albanie, Andorre et Japon : projet de résolution révisé", "Albanie|Andorre|Japon", "projet de résolution révisé")]
    [InlineData("es", "Albania, Bosnia y Herzegovina y Japón: proyecto de resolución", "Albania|Bosnia y Herzegovina|Japón", "proyecto de resolución")]
    [InlineData("ar", "ألبانيا، وأندورا، واليابان: مشروع قرار", "ألبانيا|أندورا|اليابان", "مشروع قرار")]
    public void A_sponsors_line_gives_the_sponsors_and_the_document_type(string language, string line, string sponsors, string type)
    {
        var conventions = LanguageConventions.For(language);
        var document = Sources.Parse($"{line}\n\nTitle\n\n{conventions.EnactingFormulas[0]}\n\n1. x.\n", out _, language);

        Assert.Equal(sponsors.Split('|'), document.Preface.Sponsors);
        Assert.Equal(type, document.Preface.DocumentType);
        Assert.Equal("Title", document.Title);
    }

    [Theory]
    [InlineData("en", "Seventy-ninth session", "Third Committee", "Agenda item 71 (b)")]
    [InlineData("fr", "Soixante-dix-neuvième session", "Troisième Commission", "Point 71 b) de l’ordre du jour")]
    [InlineData("es", "Septuagésimo noveno período de sesiones", "Tercera Comisión", "Tema 71 b) del programa")]
    [InlineData("ru", "Семьдесят девятая сессия", "Третий комитет", "Пункт 71 b) повестки дня")]
    [InlineData("ar", "الدورة التاسعة والسبعون", "اللجنة الثالثة", "البند 71 (ب) من جدول الأعمال")]
    [InlineData("zh-Hans", "第七十九届会议", "第三委员会", "议程项目71(b)")]
    public void Session_committee_and_agenda_item_lines_are_read_in_every_language(string language, string session, string committee, string agenda)
    {
        var conventions = LanguageConventions.For(language);
        var sponsors = $"A{conventions.SponsorsSeparator}B{conventions.DocumentTypeSeparator}{conventions.DocumentTypes[^1]}";
        var text = $"{session}\n\n{committee}\n\n{agenda}\n\nAgenda title\n\n{sponsors}\n\nTitle\n\n{conventions.EnactingFormulas[0]}\n\n1. x.\n";
        var document = Sources.Parse(text, out var diagnostics, language);

        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        Assert.Equal((session, committee, "71(b)", "Agenda title", "Title"), (document.Preface.Session, document.Preface.Committee, document.Preface.AgendaItem, document.Preface.AgendaTitle, document.Title));
    }

    [Theory]
    [InlineData("fr", "Dixième session extraordinaire d’urgence")]
    [InlineData("es", "Décimo período extraordinario de sesiones de emergencia")]
    [InlineData("ru", "Десятая чрезвычайная специальная сессия")]
    [InlineData("ar", "الدورة الاستثنائية الطارئة العاشرة")]
    [InlineData("en", "Tenth emergency special session")]
    public void Special_sessions_are_sessions_too(string language, string session)
    {
        var conventions = LanguageConventions.For(language);
        var sponsors = $"A{conventions.SponsorsSeparator}B{conventions.DocumentTypeSeparator}{conventions.DocumentTypes[^1]}";
        var document = Sources.Parse($"{session}\n\nAgenda item 5\n\n{sponsors}\n\nTitle\n\n{conventions.EnactingFormulas[0]}\n\n1. x.\n", out var diagnostics, language);

        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        Assert.Equal(session, document.Preface.Session);
    }

    [Theory]
    [InlineData("ar-draft", "ar")]
    [InlineData("ru-draft", "ru")]
    [InlineData("es-draft", "es")]
    [InlineData("fr-sres-1421", "fr")]
    public void The_language_of_each_sample_is_detected_from_its_text(string name, string language) =>
        Assert.Equal(language, LanguageConventions.DetectLanguage(Find(name).Text));

    [Theory]
    [InlineData("ar", "(هـ)", 5)]
    [InlineData("ar", "(ي)", 10)]
    [InlineData("ru", "е)", 6)]
    [InlineData("ru", "к)", 10)]
    [InlineData("fr", "e)", 5)]
    [InlineData("es", "(e)", 5)]
    public void A_letter_label_gives_its_place_in_the_language_s_order(string language, string label, int letter)
    {
        var text = $"{LanguageConventions.For(language).EnactingFormulas[0]}\n\n1. x:\n\n{string.Join("\n\n", Enumerable.Range(1, letter).Select(i => (i == letter ? label : Label(language, i)) + " x;"))}\n";
        var document = Sources.Parse(text, out var diagnostics, language);

        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        Assert.Equal($"op1-{Core.Model.Ordinals.ToLetters(letter)}", document.Operative[0].Children[^1].Id.ToString());
    }

    private static string Label(string language, int ordinal)
    {
        var conventions = LanguageConventions.For(language);
        return language is "ar" ? $"({conventions.LetterText(ordinal)})" : $"{conventions.LetterText(ordinal)})";
    }
}
