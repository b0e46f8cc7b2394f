using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace SiteGen.Core.Importing;

/// <summary>
/// Reads the glyphs of every page of a PDF with PdfPig. Refuses, with one diagnostic, what cannot be imported: a
/// missing file, a file that is not a PDF or that PdfPig cannot read, an encrypted one, one without any text (a
/// scan). PdfPig's types stay in this class.
/// </summary>
internal static class PdfGlyphReader
{
    /// <summary>Larger files are refused: an official resolution is well under this.</summary>
    public const long MaximumBytes = 64L * 1024 * 1024;

    /// <summary>The pages, or null when the file cannot be imported (the reason is in the diagnostics).</summary>
    public static IReadOnlyList<PdfPageGlyphs>? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, displayPath, 1, 1, displayPath);
            return null;
        }

        if (file.Length > MaximumBytes)
        {
            diagnostics.Report(DiagnosticCatalog.InputTooLarge, displayPath, 1, 1, file.Length, MaximumBytes);
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (!StartsLikePdf(bytes))
        {
            diagnostics.Report(DiagnosticCatalog.NotPdf, displayPath, 1, 1, "it does not start with a PDF header (%PDF-)");
            return null;
        }

        List<PdfPageGlyphs> pages;
        try
        {
            pages = ReadPages(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Report(DiagnosticCatalog.EncryptedPdf, displayPath, 1, 1);
            return null;
        }
#pragma warning disable CA1031 // A damaged PDF can make the reader fail in any way; each is one diagnostic, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            diagnostics.Report(DiagnosticCatalog.NotPdf, displayPath, 1, 1, $"PdfPig cannot read it ({FirstLine(exception.Message)})");
            return null;
        }

        if (pages.TrueForAll(page => page.Glyphs.All(glyph => glyph.IsBlank)))
        {
            diagnostics.Report(DiagnosticCatalog.PdfWithoutText, displayPath, 1, 1, pages.Count);
            return null;
        }

        return pages;
    }

    private static List<PdfPageGlyphs> ReadPages(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        UnembeddedFonts.ReadByEncoding(document);
        var pages = new List<PdfPageGlyphs>(document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters;
            var glyphs = ImmutableArray.CreateBuilder<PdfGlyph>(letters.Count);
            foreach (var letter in letters)
            {
                if (string.IsNullOrEmpty(letter.Value) || letter.PointSize <= 0)
                {
                    continue;
                }

                glyphs.Add(ToGlyph(letter));
            }

            pages.Add(new PdfPageGlyphs(page.Number, page.Width, page.Height, glyphs.ToImmutable()));
        }

        return pages;
    }

    private static PdfGlyph ToGlyph(Letter letter)
    {
        // The font's descriptor says bold or italic for some PDFs only; the name (TimesNewRomanPS-ItalicMT,
        // DejaVuSerif-Bold) says it for nearly all.
        var font = letter.FontDetails;
        var name = letter.FontName ?? "";
        var right = Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X + letter.Width);
        return new PdfGlyph(
            letter.Value,
            letter.StartBaseLine.X,
            right,
            letter.StartBaseLine.Y,
            letter.PointSize,
            Bold: font.IsBold || font.Weight >= 600 || NameSays(name, "Bold", "Black", "Heavy", "Semibold"),
            Italic: font.IsItalic || NameSays(name, "Italic", "Oblique"));
    }

    private static bool NameSays(string fontName, params string[] words) =>
        words.Any(word => fontName.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>A PDF file starts with <c>%PDF-</c>, though readers accept it anywhere in the first kilobyte.</summary>
    private static bool StartsLikePdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
