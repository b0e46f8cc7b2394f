using System.Globalization;
using System.Text;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Breaks the title into lines for the SVG cover, which has no line breaking of its own, never inside a word: Chinese
/// into balanced runs of about <see cref="CjkLineLength"/> characters, between Han characters (a Latin word or number
/// inside a Chinese title stays whole, and no line starts with closing punctuation, clreq §3.1.7), other scripts at
/// spaces within <see cref="LatinLineLength"/> characters. At most <see cref="MaxLines"/> lines; a longer title ends
/// with an ellipsis.
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
        var tokens = CjkTokens(title);
        var length = tokens.Sum(token => token.Length);
        if (length == 0)
        {
            return [];
        }

        var lineCount = (length + CjkLineLength - 1) / CjkLineLength;
        var perLine = (length + lineCount - 1) / lineCount;
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineLength = 0;
        foreach (var token in tokens)
        {
            if (lineLength > 0 && lineLength + token.Length > perLine)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineLength = 0;
            }

            line.Append(token.Text);
            lineLength += token.Length;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>
    /// The unbreakable pieces of a Chinese title, each with its length in text elements: one Han character with any
    /// closing punctuation after it, or one run of other letters and digits (a Latin word, a number) with what follows
    /// it up to the next break.
    /// </summary>
    private static List<(string Text, int Length)> CjkTokens(string title)
    {
        var tokens = new List<(string Text, int Length)>();
        var text = new StringBuilder();
        var length = 0;
        var previousWord = false;
        foreach (var element in TextElements(title))
        {
            var word = element.Length > 0 && char.IsAsciiLetterOrDigit(element[0]) || element is "-" or "." or "/";
            var closing = element.Length == 1 && ClosingPunctuation.Contains(element[0], StringComparison.Ordinal);
            var joins = closing || (word && previousWord) || element == " ";
            if (!joins && length > 0)
            {
                tokens.Add((text.ToString(), length));
                text.Clear();
                length = 0;
            }

            text.Append(element);
            length++;
            previousWord = word;
        }

        if (length > 0)
        {
            tokens.Add((text.ToString(), length));
        }

        return tokens;
    }

    // Punctuation that never starts a line in Chinese (clreq §3.1.7).
    private const string ClosingPunctuation = "，。、；：？！）》」』】〕”’·…";

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
