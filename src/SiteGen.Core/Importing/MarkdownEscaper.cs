using System.Text;

namespace SiteGen.Core.Importing;

/// <summary>
/// Escapes what Markdown would read as syntax in imported plain text: emphasis and code marks, a backslash, an
/// HTML tag's opening, and at the start of a block a heading, quote or bullet mark. A number followed by a full
/// stop stays as it is: it is how the source format writes an operative paragraph's number.
/// </summary>
internal static class MarkdownEscaper
{
    public static string Escape(string text, bool atLineStart)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var blockStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var first = blockStart && !char.IsWhiteSpace(c);
            if (c is '\\' or '*' or '_' or '`' or '<'
                || (first && c is '#' or '>' or '=')
                || (first && c is '-' or '+' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                escaped.Append('\\');
            }

            blockStart &= !first;
            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
