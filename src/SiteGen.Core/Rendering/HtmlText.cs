using System.Buffers;
using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The one escaping path for plain text written into HTML or XHTML, in element content and in double- or
/// single-quoted attribute values alike. Characters a page may not hold (HTML "control-character-in-input-stream"
/// and "noncharacter-in-input-stream", XML 1.0 §2.2: C0 controls other than tab, line feed and carriage return,
/// C1 controls, U+FFFE, U+FFFF) are written as U+FFFD; the loader warns of them in a source.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'" + Forbidden);

    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create(Forbidden);

    // Every character that is never written as it is, besides the markup characters.
    private const string Forbidden =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\uFFFE\uFFFF";

    /// <summary>The index of the first character a page may not hold, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text) => text.IndexOfAny(ForbiddenCharacters);

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
        '\'' => "&#39;",
        _ => "\uFFFD",
    };
}
