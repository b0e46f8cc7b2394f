using System.Text;

namespace SiteGen.Core.Model;

/// <summary>
/// Conversions between ordinals and the UN's list labels: letters (a … z, then aa, bb … as in UN editorial
/// practice), roman numerals (i, ii …) and Chinese numerals (一, 二 … 十三).
/// </summary>
public static class Ordinals
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    // Exactly the numerals ToChinese writes, so that FromChinese reads no other spelling.
    private static readonly Dictionary<string, int> ChineseValues =
        Enumerable.Range(1, 99).ToDictionary(ToChinese, StringComparer.Ordinal);

    public static string ToLetters(int ordinal)
    {
        if (ordinal < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal));
        }

        var letter = (char)('a' + ((ordinal - 1) % 26));
        return new string(letter, ((ordinal - 1) / 26) + 1);
    }

    /// <summary>1 for "a", 27 for "aa"; 0 when the text is not a letter label.</summary>
    public static int FromLetters(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetterLower(text[0]) || text.AsSpan().ContainsAnyExcept(text[0]))
        {
            return 0;
        }

        return ((text.Length - 1) * 26) + (text[0] - 'a') + 1;
    }

    public static string ToRoman(int number)
    {
        if (number is < 1 or > 3999)
        {
            throw new ArgumentOutOfRangeException(nameof(number));
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(numerals[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of a roman numeral in either case; 0 when the text is not one in canonical form.</summary>
    public static int FromRoman(string text)
    {
        if (text.Length is 0 or > 15)
        {
            return 0;
        }

        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var value = RomanDigit(text[i]);
            if (value == 0)
            {
                return 0;
            }

            var next = i + 1 < text.Length ? RomanDigit(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }

        return total is > 0 and < 4000 && string.Equals(ToRoman(total), text, StringComparison.OrdinalIgnoreCase) ? total : 0;
    }

    public static string ToChinese(int number)
    {
        if (number is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(number));
        }

        var tens = number / 10;
        var units = number % 10;
        var tensText = tens switch { 0 => "", 1 => "十", _ => $"{ChineseDigits[tens]}十" };
        return units == 0 ? tensText : tensText + ChineseDigits[units];
    }

    /// <summary>The value of a Chinese numeral from 1 to 99 (一 … 九十九); 0 when the text is not one.</summary>
    public static int FromChinese(string text) => ChineseValues.GetValueOrDefault(text);

    private static int RomanDigit(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
