using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Support;

/// <summary>
/// One text in each language SiteGen had no real text of, under <c>Cases/languages/</c>. The Arabic, Russian and
/// Spanish drafts were written for these tests, not taken from a UN document: their wording follows real
/// resolutions in those languages (the enacting formula, the opening words, the way each cites resolutions,
/// labels its sub-paragraphs and sets its footnotes), with a page break that splits a preambular paragraph and
/// notes set at the page end. The French text is the real Security Council resolution 1421 (2002), from the
/// shared corpus.
/// </summary>
public static class LanguageSamples
{
    public sealed record Sample(string Name, DocumentMetadata Metadata)
    {
        public string RelativePath => $"tests/SiteGen.Tests/Cases/languages/{Name}/input.md";

        public string Text => File.ReadAllText(Path.Combine(Golden.CasesDirectory, "languages", Name, "input.md"));

        public ResolutionDocument Model(out DiagnosticBag diagnostics) => Sources.Model(Text, Metadata, out diagnostics, RelativePath);

        public override string ToString() => Name;
    }

    public static Sample Arabic { get; } = new("ar-draft", Draft("ar"));

    public static Sample Russian { get; } = new("ru-draft", Draft("ru"));

    public static Sample Spanish { get; } = new("es-draft", Draft("es"));

    public static Sample French { get; } = new(
        "fr-sres-1421",
        new DocumentMetadata("S/RES/1421(2002)", "fr", IssuingBody.SecurityCouncil, "general", "fr", new DateOnly(2002, 7, 12)));

    public static IReadOnlyList<Sample> All { get; } = [Arabic, Russian, Spanish, French];

    // A symbol of the form the drafts would have; no UN document is meant by it.
    private static DocumentMetadata Draft(string language) =>
        new("A/C.3/80/L.90", language, IssuingBody.GeneralAssembly, "limited", language, new DateOnly(2025, 11, 5));
}
