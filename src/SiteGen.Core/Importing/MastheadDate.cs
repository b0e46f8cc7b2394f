using System.Text.RegularExpressions;

namespace SiteGen.Core.Importing;

/// <summary>
/// Reads the date printed under the distribution line, as each language version prints it: <c>31 October 2018</c>,
/// <c>31 octobre 2018</c>, <c>31 de octubre de 2018</c>, <c>31 октября 2018 года</c>, <c>2018年10月31日</c>.
/// </summary>
internal static partial class MastheadDate
{
    private static readonly string[][] MonthNames =
    [
        ["january", "janvier", "enero", "января"],
        ["february", "février", "febrero", "февраля"],
        ["march", "mars", "marzo", "марта"],
        ["april", "avril", "abril", "апреля"],
        ["may", "mai", "mayo", "мая"],
        ["june", "juin", "junio", "июня"],
        ["july", "juillet", "julio", "июля"],
        ["august", "août", "agosto", "августа"],
        ["september", "septembre", "septiembre", "сентября"],
        ["october", "octobre", "octubre", "октября"],
        ["november", "novembre", "noviembre", "ноября"],
        ["december", "décembre", "diciembre", "декабря"],
    ];

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var written = WordDate().Match(text.Trim());
        if (written.Success)
        {
            var name = written.Groups["month"].Value.ToLowerInvariant();
            var month = Array.FindIndex(MonthNames, names => Array.IndexOf(names, name) >= 0) + 1;
            return month > 0 && TryMake(written.Groups["year"].Value, month, written.Groups["day"].Value, out date);
        }

        var han = HanDate().Match(text.Trim());
        return han.Success && TryMake(han.Groups["year"].Value, int.Parse(han.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture), han.Groups["day"].Value, out date);
    }

    private static bool TryMake(string year, int month, string day, out DateOnly date)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        date = default;
        if (month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    /// <summary>Day, month name, year, with Spanish "de" and Russian "года" where those languages write them.</summary>
    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?:de\s+)?(?<month>\p{L}+)\s+(?:de\s+)?(?<year>\d{4})(?:\s*(?:года|г\.))?$")]
    private static partial Regex WordDate();

    /// <summary>A Chinese date: <c>2018年10月31日</c>, spaces allowed around the numbers.</summary>
    [GeneratedRegex(@"^(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日$")]
    private static partial Regex HanDate();
}
