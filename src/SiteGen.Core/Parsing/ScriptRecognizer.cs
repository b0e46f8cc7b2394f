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

    // The sample is read in steps of this many characters, so the reading can stop once the verdict is settled.
    private const int Step = 1_000;

    /// <summary>The script the text is clearly written in, if it is not the language's own; else null.</summary>
    public static string? Mismatch(string text, string languageTag)
    {
        Span<int> counts = stackalloc int[4];
        var expected = Expected(languageTag);
        var sample = text.AsSpan(0, Math.Min(text.Length, Sample));
        for (var read = 0; read < sample.Length;)
        {
            var step = sample.Slice(read, Math.Min(Step, sample.Length - read));
            foreach (var c in step)
            {
                var script = Of(c);
                if (script >= 0)
                {
                    counts[script]++;
                }
            }

            read += step.Length;
            if (Settled(counts, expected, sample.Length - read))
            {
                return null;
            }
        }

        var dominant = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[dominant])
            {
                dominant = i;
            }
        }

        return dominant != expected && counts[dominant] * Weight(dominant) >= 100 && counts[dominant] * Weight(dominant) > 4 * counts[expected] * Weight(expected)
            ? Names[dominant]
            : null;
    }

    /// <summary>
    /// Whether the language's own script leads so far that no other could reach four times its weight even if every
    /// character still to read were that other's: the text is then the language's own, whatever follows.
    /// </summary>
    private static bool Settled(ReadOnlySpan<int> counts, int expected, int unread)
    {
        for (var script = 0; script < counts.Length; script++)
        {
            if (script != expected && (long)(counts[script] + unread) * Weight(script) > 4L * counts[expected] * Weight(expected))
            {
                return false;
            }
        }

        return true;
    }

    // Chinese characters carry about three Latin letters' worth of text each.
    private static int Weight(int script) => script == 0 ? 3 : 1;

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
