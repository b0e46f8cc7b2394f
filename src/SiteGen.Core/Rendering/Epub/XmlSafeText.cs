using System.Buffers;
using System.Text;
using System.Xml;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Keeps source text from breaking XML: characters XML 1.0 does not allow (C0 controls other than tab and line
/// breaks, lone surrogates, U+FFFE, U+FFFF) become U+FFFD. Escaping of markup characters stays with the shared
/// escaping path; this only makes the text representable in an XHTML file at all.
/// </summary>
internal static class XmlSafeText
{
    // The C0 controls XML 1.0 does not allow: all but tab, line feed and carriage return.
    private static readonly SearchValues<char> AsciiNotXml = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    // Searched as the ASCII set alone, which .NET searches on its vectorised path, and the non-ASCII characters as
    // ranges: this runs over every string of every book.
    private static bool IsClean(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(AsciiNotXml) >= 0 || text.IndexOfAnyInRange('\uFFFE', '\uFFFF') >= 0)
        {
            return false;
        }

        // A surrogate is allowed only as half of a pair.
        var at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return false;
            }

            text = text[(at + 2)..];
            at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return true;
    }
}
