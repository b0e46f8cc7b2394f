namespace SiteGen.Core.Parsing;

/// <summary>
/// Tells which writing system a text is written in (Chinese characters, Latin, Cyrillic or Arabic letters), so that a
/// text given the wrong language (an English text read as <c>zh-Hans</c>, or the reverse) is said to be so in one
/// line rather than read into a wrong model. Only a clear majority counts: a Chinese text quoting English names is
/// still Chinese.
/// </summary>
internal static class ScriptRecognizer
{
    private const int Sample = 20_000;

    /// <summary>The script the text is clearly written in, if it is not the language's own; else null.</summary>
    public static string? Mismatch(string text, string languageTag)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, Sample)))
        {
            var script = Of(c);
            if (script >= 0)
            {
                counts[script]++;
            }
        }

        var expected = Expected(languageTag);
        var dominant = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[dominant])
            {
                dominant = i;
            }
        }

        // Chinese characters carry about three Latin letters' worth of text each.
        var weight = dominant == 0 ? 3 : 1;
        return dominant != expected && counts[dominant] * weight >= 100 && counts[dominant] * weight > 4 * counts[expected] * (expected == 0 ? 3 : 1)
            ? Names[dominant]
            : null;
    }

    private static readonly string[] Names = ["Chinese characters", "Latin letters", "Cyrillic letters", "Arabic letters"];

    private static int Expected(string tag) => tag.ToLowerInvariant() switch
    {
        var t when t.StartsWith("zh", StringComparison.Ordinal) => 0,
        var t when t.StartsWith("ru", StringComparison.Ordinal) => 2,
        var t when t.StartsWith("ar", StringComparison.Ordinal) => 3,
        _ => 1,
    };

    private static int Of(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => 0,
        _ when char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F' => 1,
        >= '\u0400' and <= '\u04FF' => 2,
        >= '\u0600' and <= '\u06FF' => 3,
        _ => -1,
    };
}
