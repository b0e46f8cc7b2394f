using SiteGen.Core.Model;
using SiteGen.Core.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.References;

/// <summary>
/// Resolution references in Arabic, French, Russian and Spanish prose resolve by their issuing body as in
/// Chinese and English (DESIGN.md, "References"), whether the body is named before the citation, between its
/// word and the number ("резолюции Совета Безопасности 1373 (2001)") or after the number ("résolution 70/1 de
/// l’Assemblée générale", declined in Russian: "Генеральной Ассамблеи").
/// </summary>
public sealed class LanguageReferenceTests
{
    [Fact]
    public void The_real_french_text_resolves_its_security_council_references()
    {
        var document = LanguageSamples.French.Model(out var diagnostics);

        // Its preface line ("Projet de résolution S/2002/724") is a form of its own, not a language matter.
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Core.Diagnostics.Severity.Error || d.Code.StartsWith("SG3", StringComparison.Ordinal));
        Assert.Equal(
            [
                "pp1 1357 (2001) → S/RES/1357(2001)", "pp1 1418 (2002) → S/RES/1418(2002)", "pp1 1420 (2002) → S/RES/1420(2002)",
                "op1 1357 (2001) → S/RES/1357(2001)",
            ],
            ReferenceListing.Of(document).Where(r => !r.StartsWith("preface", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ar-draft")]
    [InlineData("ru-draft")]
    [InlineData("es-draft")]
    public void The_drafts_resolve_every_reference(string name)
    {
        var document = LanguageSamples.All.Single(s => s.Name == name).Model(out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(
            [
                "pp1 → A/RES/70/1", "pp2 → S/RES/1373(2001)", "pp2 → S/RES/1540(2004)", "pp2 → A/HRC/RES/5/1",
                "op1-c → A/RES/2200(XXI)", "fn1 → A/62/53", "fn2 → A/79/123",
            ],
            document.References.Select(r => $"{r.In} → {r.Symbol}"));
    }

    [Theory]
    [InlineData("fr", "Rappelant la résolution 70/1 de l’Assemblée générale et les résolutions 1373 (2001) et 1540 (2004),", "pp1 70/1 → A/RES/70/1|pp1 1373 (2001) → S/RES/1373(2001)|pp1 1540 (2004) → S/RES/1540(2004)")]
    [InlineData("fr", "Rappelant les résolutions 34/24 et 40/20 du Conseil des droits de l'homme,", "pp1 34/24 → A/HRC/RES/34/24|pp1 40/20 → A/HRC/RES/40/20")]
    [InlineData("fr", "Rappelant les résolutions du Conseil des droits de l’homme 34/24 du 24 mars 2017 et 40/20,", "pp1 34/24 → A/HRC/RES/34/24|pp1 40/20 → A/HRC/RES/40/20")]
    [InlineData("es", "Recordando las resoluciones 34/24 y 40/20 del Consejo de Derechos Humanos y la resolución 2200 A (XXI),", "pp1 34/24 → A/HRC/RES/34/24|pp1 40/20 → A/HRC/RES/40/20|pp1 2200 A (XXI) → A/RES/2200(XXI)")]
    [InlineData("ru", "ссылаясь на резолюцию 70/1 Генеральной Ассамблеи и резолюции 34/24 и 40/20 Совета по правам человека,", "pp1 70/1 → A/RES/70/1|pp1 34/24 → A/HRC/RES/34/24|pp1 40/20 → A/HRC/RES/40/20")]
    [InlineData("ru", "вновь подтверждая резолюцию 72/15 от 30 ноября 2017 года,", "pp1 72/15 → A/RES/72/15")]
    [InlineData("ar", "إذ تشير إلى قرار مجلس حقوق الإنسان 34/24 وقرار الجمعية العامة 70/1 والقرار 2231 (2015)،", "pp1 34/24 → A/HRC/RES/34/24|pp1 70/1 → A/RES/70/1|pp1 2231 (2015) → S/RES/2231(2015)")]
    public void Each_language_names_the_body_where_it_writes_it(string language, string text, string expected)
    {
        var document = new HandMadeDocument(language).Preamble(text).Resolve();

        Assert.Equal(expected.Split('|'), ReferenceListing.Of(document));
    }

    [Theory]
    [InlineData("fr", "Ibid.")]
    [InlineData("es", "Ibid.")]
    [InlineData("ru", "Там же.")]
    [InlineData("ar", "المرجع نفسه.")]
    public void An_ibid_note_repeats_the_note_before_it(string language, string ibid)
    {
        var document = new HandMadeDocument(language).Preamble("x,[^1][^2]").Footnote("A/62/53.").Footnote(ibid).Resolve();

        Assert.Equal(1, document.Footnotes[1].Repeats);
    }

    [Fact]
    public void Every_language_has_reference_terms_of_its_own()
    {
        var terms = new[] { "zh-Hans", "en", "fr", "es", "ru", "ar" }.Select(ReferenceTerms.For).ToList();

        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.All(terms, t => Assert.NotEmpty(t.BodyNames.Where(name => name.Body == IssuingBody.SecurityCouncil)));
    }
}
