using System.Globalization;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Decimal digits as UN texts write them: ASCII, full-width in Chinese text (８４０１), Arabic-Indic (٢٤٤٦) or Eastern
/// Arabic-Indic (۲۴۴۶) in Arabic text. Numbers in the model and in symbols are written with ASCII digits.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The text with every decimal digit written in ASCII; other characters are kept.</summary>
    public static string ToAscii(ReadOnlySpan<char> text)
    {
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            ascii[i] = char.IsDigit(text[i]) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text[i])) : text[i];
        }

        return new string(ascii);
    }

    /// <summary>The value of a run of decimal digits in any of those forms, or null when it is not one.</summary>
    public static int? Parse(ReadOnlySpan<char> text) =>
        int.TryParse(ToAscii(text), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
