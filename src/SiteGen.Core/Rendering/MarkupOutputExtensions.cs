using System.Runtime.CompilerServices;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// What every writer of markup writes to a <see cref="IMarkupOutput"/>: its own markup as it is, and text escaped by
/// <see cref="HtmlText"/>, in XHTML first made representable in XML (<see cref="XmlSafeText"/>).
/// </summary>
internal static class MarkupOutputExtensions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Markup(this IMarkupOutput output, string markup) => output.Write(markup, 0, markup.Length);

    public static void Text(this IMarkupOutput output, string text, MarkupFlavor flavor) =>
        HtmlText.Write(output, flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text);
}
