using System.Text.RegularExpressions;

namespace SiteGen.Core.Importing;

/// <summary>
/// Reads the masthead at the top of a UN document's first page: "United Nations" and the symbol, the body and the
/// distribution (<c>Distr.: General</c>), the date, and on most documents other than resolutions the original
/// language (<c>Original: English</c>). The masthead is the rows from the top whose every cell is one of these;
/// it ends at the first row that is not (the session, or a resolution's number). A first page without a symbol
/// and a distribution line is not a UN document.
/// </summary>
internal static partial class MastheadRecognizer
{
    private static readonly string[] OrganizationAndBodies =
    [
        "United Nations", "Nations Unies", "Naciones Unidas", "Организация Объединенных Наций", "联合国", "الأمم المتحدة",
        "General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council",
        "Assemblée générale", "Conseil de sécurité", "Conseil économique et social", "Conseil des droits de l’homme",
        "Asamblea General", "Consejo de Seguridad", "Consejo Económico y Social", "Consejo de Derechos Humanos",
        "Генеральная Ассамблея", "Совет Безопасности", "Экономический и Социальный Совет", "Совет по правам человека",
        "大会", "安全理事会", "经济及社会理事会", "人权理事会",
        "الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "مجلس حقوق الإنسان",
    ];

    /// <summary>Language names as "Original:" gives them in the six languages, by the tag SiteGen uses.</summary>
    private static readonly (string Tag, string[] Names)[] LanguageNames =
    [
        ("ar", ["arabic", "arabe", "árabe", "арабский", "阿拉伯文", "العربية"]),
        ("zh-Hans", ["chinese", "chinois", "chino", "китайский", "中文"]),
        ("en", ["english", "anglais", "inglés", "английский", "英文", "الإنكليزية", "الإنجليزية"]),
        ("fr", ["french", "français", "francés", "французский", "法文", "الفرنسية"]),
        ("ru", ["russian", "russe", "ruso", "русский", "俄文", "الروسية"]),
        ("es", ["spanish", "espagnol", "español", "испанский", "西班牙文", "الإسبانية"]),
    ];

    /// <summary>The masthead of the first page's rows (top to bottom), or null with the reason when there is none.</summary>
    public static Masthead? Recognize(IReadOnlyList<TextRow> firstPage, out string? missing)
    {
        string? symbol = null;
        string? distribution = null;
        string? originalLanguage = null;
        DateOnly? date = null;
        var rows = 0;
        foreach (var row in firstPage)
        {
            var recognized = true;
            foreach (var raw in row.Cells())
            {
                var cell = raw.Trim();
                if (symbol is null && Symbol().IsMatch(cell))
                {
                    symbol = cell;
                }
                else if (Distribution().Match(cell) is { Success: true } distr)
                {
                    distribution = DistributionKind(distr.Groups["kind"].Value);
                }
                else if (Original().Match(cell) is { Success: true } original)
                {
                    originalLanguage = LanguageTag(original.Groups["language"].Value);
                }
                else if (date is null && MastheadDate.TryParse(cell, out var printed))
                {
                    date = printed;
                }
                else if (!OrganizationAndBodies.Contains(cell, StringComparer.OrdinalIgnoreCase))
                {
                    recognized = false;
                }
            }

            if (!recognized)
            {
                break;
            }

            rows++;
        }

        missing = (symbol, distribution) switch
        {
            (null, null) => "its first page starts with neither a document symbol (such as A/RES/73/7) nor a distribution line (such as \"Distr.: General\")",
            (null, _) => "its first page has no document symbol (such as A/RES/73/7) at the top",
            (_, null) => "its first page has no distribution line (such as \"Distr.: General\") at the top",
            _ => null,
        };
        return missing is null ? new Masthead(symbol!, distribution, date, originalLanguage, rows) : null;
    }

    private static string DistributionKind(string word) => word.ToLowerInvariant() switch
    {
        "general" or "générale" or "generale" => "general",
        "limited" or "limitée" or "limitada" => "limited",
        "restricted" or "restreinte" or "reservada" => "restricted",
        var other => other,
    };

    private static string? LanguageTag(string name)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var (tag, names) in LanguageNames)
        {
            if (names.Contains(key))
            {
                return tag;
            }
        }

        return null;
    }

    /// <summary>
    /// A UN document symbol alone in its cell: series letters, then slash-separated parts (<c>A/RES/73/7</c>,
    /// <c>A/C.3/79/L.34</c>, <c>A/HRC/RES/55/21</c>), and a Security Council resolution's year (<c>S/RES/2446 (2018)</c>).
    /// </summary>
    [GeneratedRegex(@"^[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.\-]+)+(?: \(\d{4}\))?$")]
    private static partial Regex Symbol();

    /// <summary>The distribution line: <c>Distr.: General</c>, <c>Distr. générale</c>, <c>Distr.: Limited</c>.</summary>
    [GeneratedRegex(@"^Distr\.\s*:?\s*(?<kind>\p{L}+)$")]
    private static partial Regex Distribution();

    /// <summary>The original language: <c>Original: English</c>, <c>Original : anglais</c>, <c>原件：英文</c>.</summary>
    [GeneratedRegex(@"^(?:Original|Подлинный текст|原件|原文|الأصل)\s*[:：]\s*(?<language>\S.*)$")]
    private static partial Regex Original();
}
