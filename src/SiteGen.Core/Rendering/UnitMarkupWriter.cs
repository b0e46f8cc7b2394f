using System.Runtime.CompilerServices;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Writes the markup of a run of units (the operative part with its nesting, the preambular paragraphs, the notes,
/// the table of contents' links to the paragraphs) in the website's HTML or the e-book's XHTML. Written in code
/// because a page repeats the same few lines for every one of its units, and interpreting a template for each cost
/// more than everything else on the page; the templates keep the page's structure and write each run with one
/// expression. Every value is escaped by <see cref="HtmlText"/> (XHTML text is first made representable in XML, as
/// <see cref="EscapingTemplateContext"/> does), and a unit's inline content is its <see cref="InlineMarkup"/>.
/// <list type="bullet">
/// <item>Website: operative paragraphs and their sub-paragraphs are nested lists (<c>ol.units</c>), so that a screen
/// reader hears the nesting; the labels stay the source's own text, and no list marker is shown. Every unit has a
/// permalink, a sub-paragraph the path to it (<c>data-path</c>), every unit and note its full citation
/// (<c>data-cite</c>).</item>
/// <item>E-book: units are nested <c>div</c>s; a note is an EPUB 3 <c>endnote</c> with a back link to its first
/// reference (DPUB-ARIA 1.1 deprecates the role doc-endnote: the item is a note by its place in the doc-endnotes
/// section).</item>
/// </list>
/// Inline content is written on the unit's line: any white space around it would show as a space in Chinese.
/// </summary>
internal static class UnitMarkupWriter
{
    /// <summary>
    /// The operative units in reading order (<see cref="DocumentView.OperativeUnits"/>): a unit with sub-paragraphs
    /// opens their list, and the last unit of a list closes it and the unit it stands in
    /// (<see cref="UnitView.ListsClosed"/>). The website's whole list, without a line break after it; the e-book's
    /// blocks, each line ended.
    /// </summary>
    public static void Operative(IMarkupOutput output, UnitView[] units, MarkupFlavor flavor)
    {
        if (flavor == MarkupFlavor.Xhtml)
        {
            foreach (var unit in units)
            {
                BookUnit(output, unit);
            }

            return;
        }

        Markup(output, "<ol class=\"units\">\n");
        foreach (var unit in units)
        {
            SiteUnit(output, unit);
        }

        Markup(output, "</ol>");
    }

    /// <summary>The preambular paragraphs, one line each.</summary>
    public static void Preamble(IMarkupOutput output, UnitView[] paragraphs, MarkupFlavor flavor)
    {
        foreach (var paragraph in paragraphs)
        {
            if (flavor == MarkupFlavor.Xhtml)
            {
                Markup(output, "<p class=\"unit preambular\" id=\"");
                Text(output, paragraph.Id, flavor);
                Markup(output, "\">");
                paragraph.TextHtml.WriteTo(output, flavor);
                Markup(output, "</p>\n");
                continue;
            }

            Markup(output, "<p class=\"unit unit-preambular unit-text\" id=\"");
            Text(output, paragraph.Id, flavor);
            Markup(output, "\" data-cite=\"");
            Text(output, paragraph.Cite, flavor);
            Markup(output, "\">");
            paragraph.TextHtml.WriteTo(output, flavor);
            Permalink(output, paragraph.Id, paragraph.PermalinkLabel);
            Markup(output, "</p>\n");
        }
    }

    /// <summary>The items of the notes' list, each line ended.</summary>
    public static void Notes(IMarkupOutput output, NoteView[] notes, MarkupFlavor flavor)
    {
        foreach (var note in notes)
        {
            if (flavor == MarkupFlavor.Xhtml)
            {
                BookNote(output, note);
            }
            else
            {
                SiteNote(output, note);
            }
        }
    }

    /// <summary>
    /// The items of the table of contents' list of operative paragraphs, each line ended: a link to every paragraph
    /// that has a citation, named by its <see cref="UnitView.TocLabel"/>. The same markup in both flavours.
    /// </summary>
    public static void TocParagraphs(IMarkupOutput output, UnitView[] paragraphs, MarkupFlavor flavor)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Citation.Length == 0)
            {
                continue;
            }

            Markup(output, "<li><a href=\"#");
            Text(output, paragraph.Id, flavor);
            Markup(output, "\" aria-label=\"");
            Text(output, paragraph.TocLabel ?? "", flavor);
            Markup(output, "\">");
            Text(output, paragraph.Citation, flavor);
            Markup(output, "</a></li>\n");
        }
    }

    private static void SiteUnit(IMarkupOutput output, UnitView unit)
    {
        const MarkupFlavor flavor = MarkupFlavor.Html;
        Markup(output, "<li class=\"unit unit-");
        Text(output, unit.Kind, flavor);
        Markup(output, "\" id=\"");
        Text(output, unit.Id, flavor);
        Markup(output, "\" data-cite=\"");
        Text(output, unit.Cite, flavor);
        Markup(output, "\">\n<p class=\"unit-text\"");
        if (unit.HasPath)
        {
            Markup(output, " data-path=\"");
            Text(output, unit.Path, flavor);
            Markup(output, "\"");
        }

        Markup(output, "><span class=\"label\">");
        Text(output, unit.Label, flavor);
        Markup(output, " </span>");
        unit.TextHtml.WriteTo(output, flavor);
        Permalink(output, unit.Id, unit.PermalinkLabel);
        Markup(output, "</p>\n");
        if (unit.OpensList)
        {
            Markup(output, "<ol class=\"units\">\n");
            return;
        }

        // The unit's item, then each list it is the last of with the item that list stands in.
        Markup(output, "</li>\n\n");
        for (var closed = 0; closed < unit.ListsClosed; closed++)
        {
            Markup(output, "</ol>\n</li>\n\n");
        }
    }

    private static void BookUnit(IMarkupOutput output, UnitView unit)
    {
        const MarkupFlavor flavor = MarkupFlavor.Xhtml;

        // An operative paragraph stands after a blank line, its sub-paragraphs right after it.
        if (unit.TocLabel is not null)
        {
            Markup(output, "\n");
        }

        Markup(output, "<div class=\"unit ");
        Text(output, unit.Kind, flavor);
        Markup(output, "\" id=\"");
        Text(output, unit.Id, flavor);
        Markup(output, "\">\n<p><span class=\"label\">");
        Text(output, unit.Label, flavor);
        Markup(output, "</span> ");
        unit.TextHtml.WriteTo(output, flavor);
        Markup(output, "</p>\n");
        if (unit.OpensList)
        {
            return;
        }

        // The unit's block, then each block of sub-paragraphs it is the last of.
        Markup(output, "</div>\n");
        for (var closed = 0; closed < unit.ListsClosed; closed++)
        {
            Markup(output, "</div>\n");
        }
    }

    private static void SiteNote(IMarkupOutput output, NoteView note)
    {
        const MarkupFlavor flavor = MarkupFlavor.Html;
        Markup(output, "<li class=\"unit unit-note\" id=\"");
        Text(output, note.Id, flavor);
        Markup(output, "\" data-cite=\"");
        Text(output, note.Cite, flavor);
        Markup(output, "\">\n<p class=\"unit-text\"><span class=\"label\">");
        Text(output, note.Label, flavor);
        Markup(output, " </span><span class=\"note-text\">");
        note.TextHtml.WriteTo(output, flavor);
        Markup(output, "</span>");
        if (note.Referenced)
        {
            Markup(output, "<a class=\"backlink\" href=\"#");
            Text(output, note.RefId, flavor);
            Markup(output, "\" role=\"doc-backlink\" aria-label=\"");
            Text(output, note.BacklinkLabel, flavor);
            Markup(output, "\"></a>");
        }

        Permalink(output, note.Id, note.PermalinkLabel);
        Markup(output, "</p>\n");
        if (note.Repeats is { } repeats)
        {
            // The note an ibid note repeats, for the popover that shows the note.
            Markup(output, "<p class=\"note-repeats\" hidden>");
            Text(output, repeats.Label, flavor);
            repeats.TextHtml.WriteTo(output, flavor);
            Markup(output, "</p>\n");
        }

        Markup(output, "</li>\n");
    }

    private static void BookNote(IMarkupOutput output, NoteView note)
    {
        const MarkupFlavor flavor = MarkupFlavor.Xhtml;
        Markup(output, "<li id=\"");
        Text(output, note.Id, flavor);
        Markup(output, "\" class=\"note\" epub:type=\"endnote\">\n<p><span class=\"label\">");
        Text(output, note.Label, flavor);
        Markup(output, "</span> ");
        note.TextHtml.WriteTo(output, flavor);
        if (note.Repeats is { } repeats)
        {
            Markup(output, " <span class=\"repeats\">");
            Text(output, repeats.Label, flavor);
            repeats.TextHtml.WriteTo(output, flavor);
            Markup(output, "</span>");
        }

        if (note.Referenced)
        {
            Markup(output, " <a href=\"#");
            Text(output, note.RefId, flavor);
            Markup(output, "\" class=\"backlink\" epub:type=\"backlink\" role=\"doc-backlink\" aria-label=\"");
            Text(output, note.BacklinkLabel, flavor);
            Markup(output, "\">↩︎</a>");
        }

        Markup(output, "</p>\n</li>\n");
    }

    // The website's link to a unit itself, which its script turns into a button that copies the link.
    private static void Permalink(IMarkupOutput output, string id, string label)
    {
        Markup(output, "<a class=\"permalink\" href=\"#");
        Text(output, id, MarkupFlavor.Html);
        Markup(output, "\" aria-label=\"");
        Text(output, label, MarkupFlavor.Html);
        Markup(output, "\"></a>");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Markup(IMarkupOutput output, string markup) => output.Write(markup, 0, markup.Length);

    private static void Text(IMarkupOutput output, string text, MarkupFlavor flavor) =>
        HtmlText.Write(output, flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text);
}
