using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;

namespace SiteGen.Core.Importing;

/// <summary>
/// Reads an official UN PDF into a document: glyphs → rows (<see cref="RowRecognizer"/>) → the first page's
/// masthead (<see cref="MastheadRecognizer"/>) → page furniture left out (<see cref="PageFurnitureRecognizer"/>) →
/// each page's text and notes (<see cref="NoteAreaRecognizer"/>) → paragraphs (<see cref="ParagraphAssembler"/>) →
/// the source format (<see cref="SeedTextWriter"/>). A file that cannot be imported gives one diagnostic and null.
/// </summary>
public static class PdfImporter
{
    public static ImportedDocument? Import(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        displayPath ??= path;
        var pages = PdfGlyphReader.Read(path, displayPath, diagnostics);
        if (pages is null)
        {
            return null;
        }

        var rows = pages.Select(RowRecognizer.Recognize).ToList();
        var masthead = MastheadRecognizer.Recognize(rows[0], out var missing);
        if (masthead is null)
        {
            diagnostics.Report(DiagnosticCatalog.NotUnDocument, displayPath, 1, 1, missing!);
            return null;
        }

        var bodySize = BodySize(rows);
        var assembler = new ParagraphAssembler(bodySize);
        char? jobLanguage = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var kept = new List<TextRow>();
            foreach (var row in p == 0 ? rows[p].Skip(masthead.Rows) : rows[p])
            {
                if (PageFurnitureRecognizer.IsFurniture(row, page.Height, bodySize, masthead.Symbol))
                {
                    jobLanguage ??= PageFurnitureRecognizer.JobLanguageLetter(row);
                    continue;
                }

                kept.Add(row);
            }

            var (text, notes) = NoteAreaRecognizer.Split(kept, bodySize);
            assembler.AddPage(text, notes, page.Width);
        }

        var source = SeedTextWriter.Write(assembler.Blocks);
        var language = jobLanguage switch
        {
            'A' => "ar",
            'C' => "zh-Hans",
            'E' => "en",
            'F' => "fr",
            'R' => "ru",
            'S' => "es",
            _ => LanguageConventions.DetectLanguage(source),
        };
        return new ImportedDocument(masthead.Symbol, BodyOf(masthead.Symbol), masthead.Distribution, masthead.Date, masthead.OriginalLanguage, language, pages.Count, source);
    }

    /// <summary>The size most of the document's glyphs are set in: the text's, as opposed to headings and notes.</summary>
    private static double BodySize(List<IReadOnlyList<TextRow>> pages) =>
        pages.SelectMany(rows => rows)
            .GroupBy(row => row.Size)
            .OrderByDescending(group => group.Sum(row => row.Glyphs.Length))
            .ThenBy(group => group.Key)
            .Select(group => group.Key)
            .DefaultIfEmpty(10)
            .First();

    /// <summary>The issuing body, from the symbol's series (UN document symbols: A/HRC/ before A/).</summary>
    private static IssuingBody BodyOf(string symbol) => symbol switch
    {
        _ when symbol.StartsWith("A/HRC/", StringComparison.Ordinal) => IssuingBody.HumanRightsCouncil,
        _ when symbol.StartsWith("A/", StringComparison.Ordinal) => IssuingBody.GeneralAssembly,
        _ when symbol.StartsWith("S/", StringComparison.Ordinal) => IssuingBody.SecurityCouncil,
        _ when symbol.StartsWith("E/", StringComparison.Ordinal) => IssuingBody.EconomicAndSocialCouncil,
        _ => IssuingBody.Unknown,
    };
}
