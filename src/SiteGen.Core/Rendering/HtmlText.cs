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

        var output = new StringBuilderOutput(new StringBuilder(text.Length + 16));
        Write(output, text);
        return output.Builder.ToString();
    }

    /// <summary>Writes the escaped text to a markup output, in pieces of the text itself.</summary>
    internal static void Write(IMarkupOutput output, string text)
    {
        var start = 0;
        while (true)
        {
            var at = text.AsSpan(start).IndexOfAny(Special);
            if (at < 0)
            {
                if (start < text.Length)
                {
                    output.Write(text, start, text.Length - start);
                }

                return;
            }

            if (at > 0)
            {
                output.Write(text, start, at);
            }

            var entity = Entity(text[start + at]);
            output.Write(entity, 0, entity.Length);
            start += at + 1;
        }
    }

    private static string Entity(char special) => special switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
