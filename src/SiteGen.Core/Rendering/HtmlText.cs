using System.Buffers;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The one escaping path for plain text written into HTML or XHTML, in element content and in double- or
/// single-quoted attribute values alike. Characters a page may not hold (HTML "control-character-in-input-stream"
/// and "noncharacter-in-input-stream", XML 1.0 §2.2: C0 controls other than tab, line feed and carriage return,
/// C1 controls, U+FFFE, U+FFFF) are written as U+FFFD; the loader warns of them in a source.
/// </summary>
public static class HtmlText
{
    // The characters searched for are split in two kinds: ASCII ones in a SearchValues, which .NET searches on its
    // vectorised ASCII path, and the two non-ASCII ranges searched as ranges. One SearchValues holding both kinds
    // falls back to a probabilistic search several times slower, on every run of text of every page.
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'" + AsciiForbidden);

    private static readonly SearchValues<char> AsciiForbiddenCharacters = SearchValues.Create(AsciiForbidden);

    // Every ASCII character that is never written as it is, besides the markup characters. The non-ASCII ones are
    // the C1 controls (U+0080 to U+009F) and the noncharacters U+FFFE and U+FFFF.
    private const string AsciiForbidden =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F";

    /// <summary>The index of the first character a page may not hold, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text) => IndexOfAny(text, AsciiForbiddenCharacters);

    /// <summary>The text escaped, for markup written many times over: the text itself when nothing in it needs escaping.</summary>
    internal static string Escaped(string text)
    {
        if (IndexOfAny(text, Special) < 0)
        {
            return text;
        }

        var output = new StringBuilderOutput(new System.Text.StringBuilder(text.Length + 16));
        Write(output, text);
        return output.Builder.ToString();
    }

    /// <summary>Writes the escaped text to a markup output, in pieces of the text itself.</summary>
    internal static void Write(IMarkupOutput output, string text)
    {
        var start = 0;
        while (true)
        {
            var at = IndexOfAny(text.AsSpan(start), Special);
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

    /// <summary>The index of the first character of <paramref name="text"/> in <paramref name="ascii"/> or in the non-ASCII forbidden ranges, or -1.</summary>
    private static int IndexOfAny(ReadOnlySpan<char> text, SearchValues<char> ascii)
    {
        var at = text.IndexOfAny(ascii);
        var end = at < 0 ? text.Length : at;
        var control = text[..end].IndexOfAnyInRange('\u0080', '\u009F');
        if (control >= 0)
        {
            end = at = control;
        }

        var noncharacter = text[..end].IndexOfAnyInRange('\uFFFE', '\uFFFF');
        return noncharacter >= 0 ? noncharacter : at;
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
