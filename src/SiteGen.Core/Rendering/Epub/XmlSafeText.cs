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

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
