using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Writes a unit's inline content (text, strong, emphasis, note references, symbol and web links) as phrasing
/// markup, the way pandoc's writers write a body that its templates then place: the templates lay out the page
/// and its units, this writes what is inside a unit's text. Written in code because a page holds hundreds of
/// inline parts and interpreting a template for each one cost more than everything else on the page. Content is
/// prepared in reading order as the view model is built (<see cref="Prepare"/>), which settles the anchors, and
/// written when a template writes it, straight into the page.
/// <list type="bullet">
/// <item>A note reference links to its note; only the first reference to a note carries an id (<c>fnref16</c>),
/// so every id is unique in a page. HTML wraps it in <c>&lt;sup class="noteref-mark"&gt;</c>; XHTML marks it
/// <c>epub:type="noteref"</c> so reading systems open the note as a pop-up.</item>
/// <item>A symbol links to the document's page in this edition when it has one in the page's language (at the
/// paragraph a pinpoint beside it names, <see cref="References.ParagraphPinpointRecognizer"/>), else to undocs.org
/// in the page's language; in XHTML (the e-book, which stands alone) always to undocs.org. A web link is written
/// only for http and https.</item>
/// <item>Every text is escaped by <see cref="HtmlText"/>; XHTML text is first made representable in XML.</item>
/// </list>
/// </summary>
internal sealed class InlineMarkupWriter(MarkupFlavor flavor, EditionPaths paths, UiStrings strings, DiagnosticBag diagnostics, EditionLinks edition, int notes = 0)
{
    // What each note's references write, made once per note rather than at every reference, and the reference that
    // carries the note's anchor: the first, in reading order.
    private readonly Dictionary<int, NoteMarks> _notes = new(notes);

    /// <summary>The id of a note and of its first reference as its references write them, if one was prepared: the note's own, made once.</summary>
    public (string Id, string ReferenceAnchor)? Ids(int note) => _notes.TryGetValue(note, out var marks) ? (marks.Id, marks.ReferenceAnchor) : null;

    /// <summary>Whether a reference to the note has been prepared with its anchor (the note can link back to it).</summary>
    public bool IsAnchored(int note) => _notes.TryGetValue(note, out var marks) && marks.Anchor is not null;

    /// <summary>
    /// The markup of some inline content, to be written later; <paramref name="anchor"/> is false where the content
    /// is repeated (a note's text). Content must be prepared in reading order: the first reference to a note that
    /// is prepared with <paramref name="anchor"/> carries its anchor.
    /// </summary>
    public InlineMarkup Prepare(ImmutableArray<Inline> inlines, bool anchor)
    {
        foreach (var inline in inlines)
        {
            Prepare(inline, anchor);
        }

        return new InlineMarkup(this, inlines, anchor);
    }

    /// <summary>Writes prepared content; reads only what preparing settled, so several threads may write at once.</summary>
    public void Write(IMarkupOutput output, ImmutableArray<Inline> inlines, bool anchor) => Write(output, inlines, anchor, flavor);

    /// <summary>
    /// Writes prepared content in either flavour: what preparing settled (anchors, note labels) is the same for both,
    /// so content prepared once is written into the page and into the e-book.
    /// </summary>
    public void Write(IMarkupOutput output, ImmutableArray<Inline> inlines, bool anchor, MarkupFlavor flavor)
    {
        for (var i = 0; i < inlines.Length; i++)
        {
            // The paragraph a reference names is looked for only beside a reference to a page of this edition.
            if (flavor == MarkupFlavor.Html
                && inlines[i] is SymbolLink link
                && edition.HasPage(link.Symbol, paths)
                && edition.Href(link.Symbol, paths, References.ParagraphPinpointRecognizer.Beside(inlines, i)) is { } href)
            {
                EditionLink(output, link, href);
            }
            else
            {
                Write(output, inlines[i], anchor, flavor);
            }
        }
    }

    private void Prepare(Inline inline, bool anchor)
    {
        switch (inline)
        {
            case Strong strong:
                foreach (var child in strong.Children)
                {
                    Prepare(child, anchor);
                }

                break;
            case Emphasis emphasis:
                foreach (var child in emphasis.Children)
                {
                    Prepare(child, anchor);
                }

                break;
            case NoteRef reference:
                // Every reference needs the label: a strings file without it is reported at each one.
                var pattern = strings.Require("noteref", diagnostics);
                if (!_notes.TryGetValue(reference.Number, out var marks))
                {
                    var number = reference.Number.ToString(CultureInfo.InvariantCulture);
                    _notes[reference.Number] = marks = new NoteMarks(
                        reference.Target.ToString(),
                        reference.Target.ReferenceAnchor,
                        number,
                        pattern.Replace("{n}", number, StringComparison.Ordinal));
                }

                if (anchor && marks.Anchor is null)
                {
                    marks.Anchor = reference;
                }

                break;
        }
    }

    private void Write(IMarkupOutput output, Inline inline, bool anchor, MarkupFlavor flavor)
    {
        switch (inline)
        {
            case TextRun run:
                output.Text(run.Text, flavor);
                break;
            case Strong strong:
                Element(output, "<strong>", strong.Children, "</strong>", anchor, flavor);
                break;
            case Emphasis emphasis:
                Element(output, "<em>", emphasis.Children, "</em>", anchor, flavor);
                break;
            case NoteRef reference:
                NoteReference(output, reference, anchor && ReferenceEquals(_notes[reference.Number].Anchor, reference), flavor);
                break;
            case SymbolLink link:
                output.Markup(flavor == MarkupFlavor.Html ? "<a class=\"symbol\" href=\"" : "<a href=\"");
                output.Text(paths.UndocsUrl(link.Symbol), flavor);
                output.Markup(flavor == MarkupFlavor.Html ? "\" hreflang=\"" : "\" class=\"symbol\" hreflang=\"");
                output.Text(paths.Language.Tag, flavor);
                output.Markup("\">");
                output.Text(link.Text, flavor);
                output.Markup("</a>");
                break;
            case WebLink link when IsHttp(link.Url):
                output.Markup(flavor == MarkupFlavor.Html ? "<a class=\"web\" href=\"" : "<a href=\"");
                output.Text(link.Url, flavor);
                output.Markup("\">");
                output.Text(link.Text, flavor);
                output.Markup("</a>");
                break;
            case WebLink link:
                output.Text(link.Text, flavor);
                break;
            default:
                throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
        }
    }

    private void Element(IMarkupOutput output, string start, ImmutableArray<Inline> children, string end, bool anchor, MarkupFlavor flavor)
    {
        output.Markup(start);
        Write(output, children, anchor, flavor);
        output.Markup(end);
    }

    // A reference to a document of this edition: a link to its page here, which the site's script enhances into a
    // popover with the document's symbol, title and date.
    private void EditionLink(IMarkupOutput output, SymbolLink link, string href)
    {
        output.Markup("<a class=\"symbol cited\" href=\"");
        output.Text(href, MarkupFlavor.Html);
        output.Markup("\" data-symbol=\"");
        output.Text(EditionPaths.CanonicalSymbol(link.Symbol), MarkupFlavor.Html);
        output.Markup("\">");
        output.Text(link.Text, MarkupFlavor.Html);
        output.Markup("</a>");
    }

    private void NoteReference(IMarkupOutput output, NoteRef reference, bool anchored, MarkupFlavor flavor)
    {
        var note = _notes[reference.Number];
        if (flavor == MarkupFlavor.Html)
        {
            output.Markup("<sup class=\"noteref-mark\"><a class=\"noteref\" href=\"#");
            output.Markup(note.Id);
            output.Markup("\"");
            if (anchored)
            {
                output.Markup(" id=\"");
                output.Markup(note.ReferenceAnchor);
                output.Markup("\"");
            }

            output.Markup(" role=\"doc-noteref\" aria-label=\"");
            output.Text(note.Label, flavor);
            output.Markup("\">");
            output.Markup(note.Number);
            output.Markup("</a></sup>");
            return;
        }

        output.Markup("<a ");
        if (anchored)
        {
            output.Markup("id=\"");
            output.Markup(note.ReferenceAnchor);
            output.Markup("\" ");
        }

        output.Markup("href=\"#");
        output.Markup(note.Id);
        output.Markup("\" class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" aria-label=\"");
        output.Text(note.Label, flavor);
        output.Markup("\">");
        output.Markup(note.Number);
        output.Markup("</a>");
    }

    /// <summary>
    /// A note's id, the id of its first reference, its number and its reference label, as references write them, and
    /// the reference that carries the anchor, once one is prepared.
    /// </summary>
    private sealed class NoteMarks(string id, string referenceAnchor, string number, string label)
    {
        public string Id => id;

        public string ReferenceAnchor => referenceAnchor;

        public string Number => number;

        public string Label => label;

        public NoteRef? Anchor { get; set; }
    }

    // DESIGN.md, "Behaviour": only http and https links are emitted.
    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
