using System.Text.RegularExpressions;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Finds a date written out in a preface or adoption line: "1 December 2025" with the language's month names, or
/// "2018年11月15日" / "一九七五年四月十七日" in Chinese, "15 تشرين الثاني/نوفمبر 2018" in Arabic (two names of the month
/// joined by a slash, the last one read; digits ASCII or Arabic-Indic). A date line is a short line that is only a
/// date, or a range ending in one ("26 February–5 April 2024").
/// </summary>
internal static partial class DateRecognizer
{
    /// <summary>The first date in the text, or null.</summary>
    public static DateOnly? Find(string text, LanguageConventions conventions) => Match(text, conventions)?.Date;

    /// <summary>Whether the line is a date, or a range of dates, and nothing else.</summary>
    public static bool IsDateLine(string text, LanguageConventions conventions)
    {
        var trimmed = text.Trim().TrimEnd('.', '。');
        if (trimmed.Length is 0 or > 48 || Match(trimmed, conventions) is not { } found)
        {
            return false;
        }

        // What stands before the date may only be the start of a range: digits, month names, a dash or 至.
        return found.End == trimmed.Length && !trimmed[..found.Start].Any(c => c is '[' or '(' || (char.IsLetter(c) && !IsRangeWord(trimmed[..found.Start], conventions)));
    }

    private static bool IsRangeWord(string before, LanguageConventions conventions) =>
        before.Contains('至') || conventions.MonthNames.Any(month => before.Contains(month, StringComparison.OrdinalIgnoreCase));

    private static (DateOnly? Date, int Start, int End)? Match(string text, LanguageConventions conventions)
    {
        var chinese = ChineseDate().Match(text);
        if (chinese.Success)
        {
            return (Date(ChineseNumber.Parse(chinese.Groups["year"].ValueSpan), ChineseNumber.Parse(chinese.Groups["month"].ValueSpan), ChineseNumber.Parse(chinese.Groups["day"].ValueSpan)), chinese.Index, chinese.Index + chinese.Length);
        }

        if (conventions.MonthNames.IsEmpty)
        {
            return null;
        }

        for (var word = WordDate().Match(text); word.Success; word = word.NextMatch())
        {
            var written = word.Groups["month"].Value;
            written = written[(written.LastIndexOf('/') + 1)..];
            var month = conventions.MonthNames.IndexOf(conventions.MonthNames.FirstOrDefault(name => name.Equals(written, StringComparison.OrdinalIgnoreCase)) ?? "");
            if (month >= 0)
            {
                return (Date(DecimalDigits.Parse(word.Groups["year"].ValueSpan), month + 1, DecimalDigits.Parse(word.Groups["day"].ValueSpan)), word.Index, word.Index + word.Length);
            }
        }

        return null;
    }

    private static DateOnly? Date(int? year, int? month, int? day) =>
        year is >= 1945 and <= 2200 && month is >= 1 and <= 12 && day is >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day.Value)
            : null;

    // "2018年11月15日", "一九七五年四月十七日": year, month and day in Arabic or Chinese numerals.
    [GeneratedRegex(@"(?<year>[0-9０-９〇一二三四五六七八九零]{4})\s*年\s*(?<month>[0-9０-９一二三四五六七八九十]{1,3})\s*月\s*(?<day>[0-9０-９一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex ChineseDate();

    // "1 December 2025", "1er décembre 2025", "15 تشرين الثاني/نوفمبر 2018": a day, a month's name (or two names
    // joined by a slash, the first perhaps of two words) and a year.
    [GeneratedRegex(@"\b(?<day>[0-9\u0660-\u0669]{1,2})(er|st|nd|rd|th)?\s+(?<month>(?:\p{L}+\s)?\p{L}+/\p{L}+|\p{L}+)\s+(?<year>[0-9\u0660-\u0669]{4})\b")]
    private static partial Regex WordDate();
}
