using System.Buffers;
using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The one escaping path for plain text written into HTML or XHTML, in element content and in double- or
/// single-quoted attribute values alike.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the escaped text to a builder.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var at = text.IndexOfAny(Special);
            if (at < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..at]).Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(at + 1)..];
        }
    }
}
