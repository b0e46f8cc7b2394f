using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The one escaping path for plain text written into HTML or XHTML, in element content and in double- or
/// single-quoted attribute values alike.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\''))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
