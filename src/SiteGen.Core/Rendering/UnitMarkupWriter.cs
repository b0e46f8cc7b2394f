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
    // The path's separator, which needs no escaping.
    private const string PathSeparator = UnitPlace.PathSeparator;

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

        output.Markup("<ol class=\"units\">\n");
        foreach (var unit in units)
        {
            SiteUnit(output, unit);
        }

        output.Markup("</ol>");
    }

    /// <summary>The preambular paragraphs, one line each.</summary>
    public static void Preamble(IMarkupOutput output, UnitView[] paragraphs, MarkupFlavor flavor)
    {
        foreach (var paragraph in paragraphs)
        {
            if (flavor == MarkupFlavor.Xhtml)
            {
                output.Markup("<p class=\"unit preambular\" id=\"");
                output.Text(paragraph.Id, flavor);
                output.Markup("\">");
                paragraph.TextHtml.WriteTo(output, flavor);
                output.Markup("</p>\n");
                continue;
            }

            output.Markup("<p class=\"unit unit-preambular unit-text\" id=\"");
            output.Text(paragraph.Id, flavor);
            output.Markup("\" data-cite=\"");
            paragraph.Labels.Cite.Write(output, paragraph.Place, flavor);
            output.Markup("\">");
            paragraph.TextHtml.WriteTo(output, flavor);
            Permalink(output, paragraph.Id, paragraph.Labels, paragraph.Place);
            output.Markup("</p>\n");
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
            if (paragraph.Place.Citation.Length == 0)
            {
                continue;
            }

            output.Markup("<li><a href=\"#");
            output.Text(paragraph.Id, flavor);
            output.Markup("\" aria-label=\"");
            if (paragraph.IsParagraph && paragraph.Labels.Contents is { } contents)
            {
                contents.Write(output, paragraph.Place, flavor);
            }

            output.Markup("\">");
            paragraph.Place.Write(output, "", flavor);
            output.Markup("</a></li>\n");
        }
    }

    private static void SiteUnit(IMarkupOutput output, UnitView unit)
    {
        const MarkupFlavor flavor = MarkupFlavor.Html;
        output.Markup("<li class=\"unit unit-");
        output.Text(unit.Kind, flavor);
        output.Markup("\" id=\"");
        output.Text(unit.Id, flavor);
        output.Markup("\" data-cite=\"");
        unit.Labels.Cite.Write(output, unit.Place, flavor);
        output.Markup("\">\n<p class=\"unit-text\"");
        if (unit.HasPath)
        {
            output.Markup(" data-path=\"");
            unit.Place.Write(output, PathSeparator, flavor);
            output.Markup("\"");
        }

        output.Markup("><span class=\"label\">");
        output.Text(unit.Label, flavor);
        output.Markup(" </span>");
        unit.TextHtml.WriteTo(output, flavor);
        Permalink(output, unit.Id, unit.Labels, unit.Place);
        output.Markup("</p>\n");
        if (unit.OpensList)
        {
            output.Markup("<ol class=\"units\">\n");
            return;
        }

        // The unit's item, then each list it is the last of with the item that list stands in.
        output.Markup("</li>\n\n");
        for (var closed = 0; closed < unit.ListsClosed; closed++)
        {
            output.Markup("</ol>\n</li>\n\n");
        }
    }

    private static void BookUnit(IMarkupOutput output, UnitView unit)
    {
        const MarkupFlavor flavor = MarkupFlavor.Xhtml;

        // An operative paragraph stands after a blank line, its sub-paragraphs right after it.
        if (unit.TocLabel is not null)
        {
            output.Markup("\n");
        }

        output.Markup("<div class=\"unit ");
        output.Text(unit.Kind, flavor);
        output.Markup("\" id=\"");
        output.Text(unit.Id, flavor);
        output.Markup("\">\n<p><span class=\"label\">");
        output.Text(unit.Label, flavor);
        output.Markup("</span> ");
        unit.TextHtml.WriteTo(output, flavor);
        output.Markup("</p>\n");
        if (unit.OpensList)
        {
            return;
        }

        // The unit's block, then each block of sub-paragraphs it is the last of.
        output.Markup("</div>\n");
        for (var closed = 0; closed < unit.ListsClosed; closed++)
        {
            output.Markup("</div>\n");
        }
    }

    private static void SiteNote(IMarkupOutput output, NoteView note)
    {
        const MarkupFlavor flavor = MarkupFlavor.Html;
        output.Markup("<li class=\"unit unit-note\" id=\"");
        output.Text(note.Id, flavor);
        output.Markup("\" data-cite=\"");
        note.Labels.Cite.Write(output, note.Place, flavor);
        output.Markup("\">\n<p class=\"unit-text\"><span class=\"label\">");
        output.Text(note.Label, flavor);
        output.Markup(" </span><span class=\"note-text\">");
        note.TextHtml.WriteTo(output, flavor);
        output.Markup("</span>");
        if (note.Referenced)
        {
            output.Markup("<a class=\"backlink\" href=\"#");
            output.Text(note.RefId, flavor);
            output.Markup("\" role=\"doc-backlink\" aria-label=\"");
            note.Labels.Backlink!.Write(output, note.Place, flavor);
            output.Markup("\"></a>");
        }

        Permalink(output, note.Id, note.Labels, note.Place);
        output.Markup("</p>\n");
        if (note.Repeats is { } repeats)
        {
            // The note an ibid note repeats, for the popover that shows the note.
            output.Markup("<p class=\"note-repeats\" hidden>");
            output.Text(repeats.Label, flavor);
            repeats.TextHtml.WriteTo(output, flavor);
            output.Markup("</p>\n");
        }

        output.Markup("</li>\n");
    }

    private static void BookNote(IMarkupOutput output, NoteView note)
    {
        const MarkupFlavor flavor = MarkupFlavor.Xhtml;
        output.Markup("<li id=\"");
        output.Text(note.Id, flavor);
        output.Markup("\" class=\"note\" epub:type=\"endnote\">\n<p><span class=\"label\">");
        output.Text(note.Label, flavor);
        output.Markup("</span> ");
        note.TextHtml.WriteTo(output, flavor);
        if (note.Repeats is { } repeats)
        {
            output.Markup(" <span class=\"repeats\">");
            output.Text(repeats.Label, flavor);
            repeats.TextHtml.WriteTo(output, flavor);
            output.Markup("</span>");
        }

        if (note.Referenced)
        {
            output.Markup(" <a href=\"#");
            output.Text(note.RefId, flavor);
            output.Markup("\" class=\"backlink\" epub:type=\"backlink\" role=\"doc-backlink\" aria-label=\"");
            note.Labels.Backlink!.Write(output, note.Place, flavor);
            output.Markup("\">↩︎</a>");
        }

        output.Markup("</p>\n</li>\n");
    }

    // The website's link to a unit itself, which its script turns into a button that copies the link.
    private static void Permalink(IMarkupOutput output, string id, UnitLabels labels, UnitPlace place)
    {
        output.Markup("<a class=\"permalink\" href=\"#");
        output.Text(id, MarkupFlavor.Html);
        output.Markup("\" aria-label=\"");
        labels.Permalink.Write(output, place, MarkupFlavor.Html);
        output.Markup("\"></a>");
    }
}
