using System.Globalization;
using System.Text;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Breaks the title into lines for the SVG cover, which has no line breaking of its own: Chinese into balanced
/// runs of at most <see cref="CjkLineLength"/> characters, other scripts at spaces within <see cref="LatinLineLength"/>
/// characters. At most <see cref="MaxLines"/> lines; a longer title ends with an ellipsis.
/// </summary>
internal static class CoverLayout
{
    public const int CjkLineLength = 10;

    public const int LatinLineLength = 24;

    public const int MaxLines = 6;

    public static IReadOnlyList<string> Lines(string title, bool chinese)
    {
        var lines = chinese ? BreakCjk(title.Trim()) : BreakAtSpaces(title.Trim());
        if (lines.Count <= MaxLines)
        {
            return lines;
        }

        var kept = lines.Take(MaxLines).ToList();
        kept[^1] += "…";
        return kept;
    }

    private static List<string> BreakCjk(string title)
    {
        var elements = TextElements(title);
        if (elements.Count == 0)
        {
            return [];
        }

        var lineCount = (elements.Count + CjkLineLength - 1) / CjkLineLength;
        var perLine = (elements.Count + lineCount - 1) / lineCount;
        return elements.Chunk(perLine).Select(chunk => string.Concat(chunk)).ToList();
    }

    private static List<string> BreakAtSpaces(string title)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LatinLineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
