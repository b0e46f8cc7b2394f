using SiteGen.Core.Diagnostics;
using SiteGen.Core.Importing;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Importing;

/// <summary>
/// A French resolution laid out as the UN lays out its PDFs (made here, not the UN's): masthead, running heads,
/// job number, page numbers and bar code, raised note markers, notes under a rule, a note and paragraphs running
/// over page ends, a line broken at a hyphen, an ordinal with a raised ending in the adoption line.
/// </summary>
public sealed class MadePdfImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static byte[] FrenchResolution()
    {
        var pdf = new MadePdf().Page()
            .Line(123.4, 734.2, 14, "Nations Unies").Line(492.8, 735.5, 10, "A/RES/99/1")
            .Line(123.4, 705.6, 20, "**Assemblée générale").Line(397, 705.3, 10, "Distr. générale")
            .Line(397, 693.6, 10, "3 décembre 2024")
            .Line(60, 569.7, 10, "**Soixante-dix-neuvième session").Line(60, 558.1, 10, "Point 99 de l’ordre du jour")
            .Line(123.4, 525.9, 14, "**Résolution adoptée par l’Assemblée générale le").Line(123.4, 510.9, 14, "**3 décembre 2024")
            .Line(85.1, 461.1, 12, "**99/1.    Essai d’importation")
            .Line(147.1, 436.5, 10, "*L’Assemblée générale*,")
            .Justified(147.1, 418.5, 10, "*Rappelant* sa résolution 98/1 du 1er décembre 2023^1 et")
            .Justified(123.4, 406.5, 10, "ses engagements en matière de désarmement et de non-")
            .Line(123.4, 394.5, 10, "prolifération,")
            .Justified(147.1, 376.5, 10, "*Notant* que la présente résolution vérifie que le texte")
            .Justified(123.4, 364.5, 10, "d’une résolution passe d’une page à la suivante sans perdre")
            .Justified(123.4, 352.5, 10, "une seule de ses lignes, et que ses notes restent où elles")
            .Line(99.6, 102.4, 8, "**__________________")
            .Line(117, 91.2, 5.5, "1").Line(123.4, 88.2, 8.5, "*Documents officiels de l’Assemblée générale*, A/78/1.")
            .Line(65.4, 44.4, 10, "24-12345 (F)    041224").Plain(65.4, 29.8, 12, "*2412345*")
            .Page()
            .Line(60, 733, 8.5, "**A/RES/99/1")
            .Justified(123.4, 709.7, 10, "étaient, même quand la page en compte plusieurs ou une")
            .Line(123.4, 697.7, 10, "seule d’entre elles,")
            .Line(147.1, 679.7, 10, "1.    *Décide* de garder le texte tel qu’il est imprimé^2 ;")
            .Line(147.1, 667.7, 10, "2.    *Prie* le Secrétaire général :")
            .Line(147.1, 655.7, 10, "a)    De lire chaque page ;")
            .Line(147.1, 643.7, 10, "b)    D’en rendre compte^3 ;")
            .Justified(147.1, 631.7, 10, "3.    *Décide également* de poursuivre l’examen de la")
            .Justified(123.4, 619.7, 10, "question à sa quatre-vingt-dixième session et à sa quatre-")
            .Line(123.4, 607.7, 10, "vingt-onzième session.")
            .Line(99.6, 105.1, 8, "**__________________")
            .Line(117, 94, 5.5, "2").Line(123.4, 91, 8.5, "Voir A/79/1.")
            .Line(117, 80.5, 5.5, "3").Line(123.4, 77.5, 8.5, "Une note dont le texte est assez long pour passer sur la page suivante, comme")
            .Line(524.5, 38.2, 7, "24-12345").Line(60, 36.7, 8.5, "**2/3")
            .Page()
            .Line(509.6, 733, 8.5, "**A/RES/99/1")
            .Line(420, 600, 10, "45^e séance plénière").Line(430, 588, 10, "3 décembre 2024")
            .Line(99.6, 105.1, 8, "**__________________")
            .Line(123.4, 91, 8.5, "cela arrive dans les résolutions de l’Organisation.")
            .Line(60, 38.2, 7, "24-12345").Line(540.9, 36.7, 8.5, "**3/3");
        return pdf.Build();
    }

    private ImportedDocument Import(byte[] bytes, out DiagnosticBag diagnostics)
    {
        var path = Path.Combine(_folder, "made.pdf");
        File.WriteAllBytes(path, bytes);
        diagnostics = new DiagnosticBag();
        return Assert.IsType<ImportedDocument>(PdfImporter.Import(path, diagnostics));
    }

    [Fact]
    public void A_French_resolution_reads_its_masthead_in_French()
    {
        var document = Import(FrenchResolution(), out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(("A/RES/99/1", IssuingBody.GeneralAssembly, "general", new DateOnly(2024, 12, 3), "fr", 3),
            (document.Symbol, document.Body, document.Distribution, document.Date!.Value, document.Language, document.Pages));
    }

    [Fact]
    public void A_French_resolution_imports_into_the_source_format()
    {
        var document = Import(FrenchResolution(), out _);

        string[] expected =
        [
            "Soixante-dix-neuvième session",
            "Point 99 de l’ordre du jour",
            "Résolution adoptée par l’Assemblée générale le 3 décembre 2024",
            "99/1. Essai d’importation",
            "L’Assemblée générale,",
            "*Rappelant* sa résolution 98/1 du 1er décembre 2023¹ et ses engagements en matière de désarmement et de non-prolifération,",
            "*Notant* que la présente résolution vérifie que le texte d’une résolution passe d’une page à la suivante sans perdre une seule de ses lignes, et que ses notes restent où elles",
            "¹ *Documents officiels de l’Assemblée générale*, A/78/1.",
            "étaient, même quand la page en compte plusieurs ou une seule d’entre elles,",
            "1. *Décide* de garder le texte tel qu’il est imprimé² ;",
            "2. *Prie* le Secrétaire général :",
            "a) De lire chaque page ;",
            "b) D’en rendre compte³ ;",
            "3. *Décide également* de poursuivre l’examen de la question à sa quatre-vingt-dixième session et à sa quatre-vingt-onzième session.",
            "² Voir A/79/1.",
            "³ Une note dont le texte est assez long pour passer sur la page suivante, comme cela arrive dans les résolutions de l’Organisation.",
            "45e séance plénière 3 décembre 2024",
        ];
        Assert.Equal(expected, OfficialPdfImportTests.Blocks(document));
    }
}
