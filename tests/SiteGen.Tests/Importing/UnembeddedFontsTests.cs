using SiteGen.Core.Importing;
using UglyToad.PdfPig;

namespace SiteGen.Tests.Importing;

/// <summary>
/// The official PDFs name Times New Roman without embedding it; read from their dictionaries alone, those fonts give
/// the same letters, at the same places, as when PdfPig looks for the font among the installed ones.
/// </summary>
public sealed class UnembeddedFontsTests
{
    [Theory]
    [InlineData("A_RES_73_3-EN.pdf")]
    [InlineData("A_RES_73_7-EN.pdf")]
    public void Unembedded_fonts_read_by_their_encoding_give_the_same_letters(string pdf)
    {
        var bytes = File.ReadAllBytes(OfficialPdfImportTests.PdfPath(pdf));

        var declared = 0;
        var byEncoding = Letters(bytes, document => declared = UnembeddedFonts.ReadByEncoding(document));
        var byLookup = Letters(bytes, _ => { });

        // Regular, bold and italic Times New Roman are named, not embedded; the bar code's font is embedded.
        Assert.Equal(3, declared);
        Assert.NotEmpty(byLookup);
        Assert.Equal(byLookup, byEncoding);
    }

    private static List<string> Letters(byte[] bytes, Action<PdfDocument> prepare)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        prepare(document);
        return document.GetPages()
            .SelectMany(page => page.Letters)
            .Select(letter => FormattableString.Invariant(
                $"{letter.Value} {letter.StartBaseLine.X:R} {letter.StartBaseLine.Y:R} {letter.EndBaseLine.X:R} {letter.Width:R} {letter.PointSize:R} {letter.FontName} {letter.FontDetails.IsBold} {letter.FontDetails.IsItalic} {letter.FontDetails.Weight}"))
            .ToList();
    }
}
