using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Writes a unit's inline content (text, strong, emphasis, note references, symbol and web links) as phrasing
/// markup, the way pandoc's writers write a body that its templates then place: the templates lay out the page
/// and its units, this writes what is inside a unit's text. Written in code because a page holds hundreds of
/// inline parts and interpreting a template for each one cost more than everything else on the page.
/// <list type="bullet">
/// <item>A note reference links to its note; only the first reference to a note carries an id (<c>fnref16</c>),
/// so every id is unique in a page. HTML wraps it in <c>&lt;sup class="noteref-mark"&gt;</c>; XHTML marks it
/// <c>epub:type="noteref"</c> so reading systems open the note as a pop-up.</item>
/// <item>A symbol links to undocs.org in the page's language; a web link is written only for http and https.</item>
/// <item>Every text is escaped by <see cref="HtmlText"/>; XHTML text is first made representable in XML.</item>
/// </list>
/// </summary>
internal sealed class InlineMarkupWriter(MarkupFlavor flavor, EditionPaths paths, UiStrings strings, DiagnosticBag diagnostics)
{
    private readonly HashSet<int> _anchoredNotes = [];

    // One builder for every unit of a document: cleared, never reallocated once it has grown.
    private readonly StringBuilder _builder = new(1024);

    /// <summary>Whether a reference to the note has been written with its anchor (the note can link back to it).</summary>
    public bool IsAnchored(int note) => _anchoredNotes.Contains(note);

    /// <summary>The markup of some inline content; <paramref name="anchor"/> is false where the content is repeated (a note's text).</summary>
    public HtmlString Write(ImmutableArray<Inline> inlines, bool anchor)
    {
        _builder.Clear();
        foreach (var inline in inlines)
        {
            Write(_builder, inline, anchor);
        }

        return new HtmlString(_builder.ToString());
    }

    private void Write(StringBuilder builder, Inline inline, bool anchor)
    {
        switch (inline)
        {
            case TextRun run:
                Text(builder, run.Text);
                break;
            case Strong strong:
                Element(builder, "strong", strong.Children, anchor);
                break;
            case Emphasis emphasis:
                Element(builder, "em", emphasis.Children, anchor);
                break;
            case NoteRef reference:
                NoteReference(builder, reference, anchor && _anchoredNotes.Add(reference.Number));
                break;
            case SymbolLink link:
                builder.Append(flavor == MarkupFlavor.Html ? "<a class=\"symbol\" href=\"" : "<a href=\"");
                Text(builder, paths.UndocsUrl(link.Symbol));
                builder.Append(flavor == MarkupFlavor.Html ? "\" hreflang=\"" : "\" class=\"symbol\" hreflang=\"");
                Text(builder, paths.Language.Tag);
                builder.Append("\">");
                Text(builder, link.Text);
                builder.Append("</a>");
                break;
            case WebLink link when IsHttp(link.Url):
                builder.Append(flavor == MarkupFlavor.Html ? "<a class=\"web\" href=\"" : "<a href=\"");
                Text(builder, link.Url);
                builder.Append("\">");
                Text(builder, link.Text);
                builder.Append("</a>");
                break;
            case WebLink link:
                Text(builder, link.Text);
                break;
            default:
                throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
        }
    }

    private void Element(StringBuilder builder, string name, ImmutableArray<Inline> children, bool anchor)
    {
        builder.Append('<').Append(name).Append('>');
        foreach (var child in children)
        {
            Write(builder, child, anchor);
        }

        builder.Append("</").Append(name).Append('>');
    }

    private void NoteReference(StringBuilder builder, NoteRef reference, bool anchored)
    {
        var number = reference.Number.ToString(CultureInfo.InvariantCulture);
        var label = strings.Fill("noteref", number, diagnostics);
        if (flavor == MarkupFlavor.Html)
        {
            builder.Append("<sup class=\"noteref-mark\"><a class=\"noteref\" href=\"#").Append(reference.Target.ToString()).Append('"');
            if (anchored)
            {
                builder.Append(" id=\"").Append(reference.Target.ReferenceAnchor).Append('"');
            }

            builder.Append(" role=\"doc-noteref\" aria-label=\"");
            Text(builder, label);
            builder.Append("\">").Append(number).Append("</a></sup>");
            return;
        }

        builder.Append("<a ");
        if (anchored)
        {
            builder.Append("id=\"").Append(reference.Target.ReferenceAnchor).Append("\" ");
        }

        builder.Append("href=\"#").Append(reference.Target.ToString()).Append("\" class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" aria-label=\"");
        Text(builder, label);
        builder.Append("\">").Append(number).Append("</a>");
    }

    private void Text(StringBuilder builder, string text) =>
        HtmlText.Append(builder, flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text);

    // DESIGN.md, "Behaviour": only http and https links are emitted.
    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
