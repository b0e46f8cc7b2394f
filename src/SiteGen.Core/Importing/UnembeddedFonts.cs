using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace SiteGen.Core.Importing;

/// <summary>
/// Lets PdfPig read the letters of a TrueType font that the PDF names but does not embed (Word's PDFs of UN
/// documents leave TimesNewRomanPSMT out) from the font dictionary alone, as a simple font, instead of looking the
/// font up among the machine's installed fonts. Such a font's letters are fully decided by the dictionary: its
/// named encoding gives each code's character and its <c>/Widths</c> each code's advance, and the font program, if
/// one were found, is used only for a glyph's outline box, which the import does not read. Without this, PdfPig
/// opens and parses every installed TrueType file in search of the missing font, the larger part of an import.
/// </summary>
internal static class UnembeddedFonts
{
    /// <summary>The named encodings whose characters are known without the font program.</summary>
    private static readonly NameToken[] KnownEncodings = [NameToken.WinAnsiEncoding, NameToken.MacRomanEncoding];

    private static readonly NameToken[] FontFileKeys = [NameToken.FontFile, NameToken.FontFile2, NameToken.FontFile3];

    /// <summary>
    /// Declares each unembedded TrueType font with a named encoding and its widths as a Type 1 font of the same
    /// dictionary, which PdfPig reads from the encoding and widths without a font program. Must run before any
    /// page is read, since PdfPig loads a page's fonts with the page. Returns how many fonts it declared so.
    /// </summary>
    public static int ReadByEncoding(PdfDocument document)
    {
        var structure = document.Structure;
        var declared = 0;
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (Read(structure, reference) is { } font && IsReadableByEncoding(font, structure))
            {
                document.Advanced.ReplaceIndirectObject(reference, font.With(NameToken.Subtype, NameToken.Type1));
                declared++;
            }
        }

        return declared;
    }

    /// <summary>
    /// The object as a dictionary, or null. An object that cannot be read is passed over: the pages may never use it,
    /// and one they use is reported when they are read.
    /// </summary>
    private static DictionaryToken? Read(Structure structure, IndirectReference reference)
    {
        try
        {
            return structure.TokenScanner.Get(reference)?.Data as DictionaryToken;
        }
#pragma warning disable CA1031 // A damaged object can make the reader fail in any way; skipping it changes nothing the pages read.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static bool IsReadableByEncoding(DictionaryToken font, Structure structure) =>
        font.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.Font)
        && font.TryGet(NameToken.Subtype, out NameToken subtype) && subtype.Equals(NameToken.TrueType)
        && font.ContainsKey(NameToken.FirstChar)
        && font.ContainsKey(NameToken.Widths)
        && font.TryGet(NameToken.Encoding, out NameToken encoding) && KnownEncodings.Contains(encoding)
        && Descriptor(font, structure) is { } descriptor
        && !FontFileKeys.Any(descriptor.ContainsKey);

    private static DictionaryToken? Descriptor(DictionaryToken font, Structure structure) =>
        font.TryGet(NameToken.FontDescriptor, out IToken token)
            ? token switch
            {
                DictionaryToken direct => direct,
                IndirectReferenceToken indirect => structure.TokenScanner.Get(indirect.Data)?.Data as DictionaryToken,
                _ => null,
            }
            : null;
}
