namespace SiteGen.Core.Parsing;

/// <summary>
/// Reads a number as Chinese texts write it in dates, meetings and votes: Arabic digits (<c>8401</c>, full-width too,
/// and the Arabic-Indic ones of Arabic texts),
/// digit by digit (<c>一九七五</c>, <c>一八二一</c>, <c>二〇一八</c>), or with units (<c>十三</c>, <c>二十五</c>,
/// <c>一百零二</c>, <c>三千四百四十六</c>); <c>零</c> alone is zero.
/// </summary>
internal static class ChineseNumber
{
    private const string Digits = "〇一二三四五六七八九";

    public static int? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 12)
        {
            return null;
        }

        if (DecimalDigits.Parse(text) is { } arabic)
        {
            return arabic;
        }

        return text.IndexOfAny("十百千") >= 0 ? WithUnits(text) : DigitByDigit(text);
    }

    private static int? DigitByDigit(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            var digit = Value(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static int? WithUnits(ReadOnlySpan<char> text)
    {
        int total = 0, digit = -1;
        foreach (var c in text)
        {
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                // "十三": a unit with no digit before it counts once.
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                continue;
            }

            var value = Value(c);
            if (value < 0)
            {
                return null;
            }

            // "一百零二": the zero only marks the skipped place.
            digit = value == 0 ? -1 : value;
        }

        return total + Math.Max(digit, 0);
    }

    private static int Value(char c) => c == '零' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
}
