namespace SiteGen.Core.Importing;

/// <summary>
/// Rejoins a paragraph's printed lines. A line ending in a soft hyphen was broken inside a word: the hyphen goes.
/// A line ending in a hyphen after a letter was broken at a hyphen the word keeps (the UN's documents do not
/// hyphenate words themselves, so <c>drug-</c> / <c>resistant</c> is <c>drug-resistant</c>). Lines of Chinese are
/// joined without a space; all others with one.
/// </summary>
internal static class LineJoiner
{
    private const char SoftHyphen = '\u00AD';

    public static void Append(List<StyledRun> runs, IReadOnlyList<StyledRun> line)
    {
        if (line.Count == 0)
        {
            return;
        }

        if (runs.Count > 0)
        {
            var last = runs[^1];
            var text = last.Text.TrimEnd();
            var next = line[0].Text.TrimStart();
            if (text.EndsWith(SoftHyphen))
            {
                runs[^1] = last with { Text = text[..^1] };
            }
            else if (!(EndsWithKeptHyphen(text) || IsHan(text.Length > 0 ? text[^1] : ' ') || IsHan(next.Length > 0 ? next[0] : ' ')))
            {
                // The space between the lines is set in the style both sides share, so an italic title broken over
                // two lines stays one emphasis.
                var shared = last.Style & line[0].Style & ~RunStyle.Superscript;
                runs.Add(new StyledRun(" ", shared));
            }
        }

        runs.AddRange(line);
    }

    private static bool EndsWithKeptHyphen(string text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' or '\u2011' && char.IsLetterOrDigit(text[^2]);

    /// <summary>Han characters and the full-width punctuation set with them.</summary>
    private static bool IsHan(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
