using System.Globalization;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// What the e-book templates read: the shared document view model (<c>document</c>), the language's interface
/// strings (<c>strings</c>) and the e-book's own values (<c>book</c>):
/// <code>
/// book { title (the document's, else its symbol), identifier, modified ("2024-11-20T00:00:00Z"), date ("2024-11-20" or ""), date_text, publisher,
///        kind ("决议草案", "Resolution"), cover_date, description, subjects [string], sponsors [string], contributors_html, rights, edition_note,
///        accessibility_summary, certified_by, cover_lines [string], toc [ { id, label, text } ], toc_html,
///        adopted_text_toc [ { id, label, text } ], adopted_text_toc_html }
/// </code>
/// <c>document</c> is the view the document's page is built from when the build writes one, else one of its own;
/// every value is made safe for XML (<see cref="XmlSafeText"/>) and escaped as the templates write it. The model is
/// read-only but for the templates' own variables, which they set at its top level.
/// </summary>
internal static class EpubBookModel
{
    /// <summary>Who makes the conformance claim in the package's <c>a11y:certifiedBy</c>: the edition's own checks.</summary>
    public const string CertifiedBy = "SiteGen";

    // A DOS timestamp cannot be earlier; used when the metadata gives no date (never the clock).
    public static readonly DateOnly UndatedTimestamp = new(1980, 1, 1);

    public static ScriptObject Build(ResolutionDocument document, UiStrings strings, DocumentView? view, DiagnosticBag diagnostics)
    {
        var language = UnLanguage.Find(document.Metadata.Language);
        var paths = new EditionPaths(document.Metadata.Symbol, language);
        // Each date means one thing: dc:date and the title page give the document's date (an adopted text's adoption,
        // otherwise its date of issue), dcterms:modified this edition's.
        var date = document.Adoption?.Date ?? document.Metadata.Issued;
        var modified = (document.Metadata.Date ?? UndatedTimestamp).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

        // A package needs a non-empty dc:title and a page a non-empty h1 (EPUB 3.3 §5.5.3.2, WCAG 2.4.6).
        var title = string.IsNullOrWhiteSpace(document.Title) ? document.Metadata.Symbol : document.Title;
        var dateText = date is { } d ? FormatDate(d, strings.Require("epub_date", diagnostics), strings.Require("month_names", diagnostics)) : "";
        var kind = BookDescription.Kind(document, strings, diagnostics);
        string[] sponsors = [.. document.Preface.Sponsors];
        TocEntryView[] toc = [.. document.Operative.Select(paragraph => TocEntry(paragraph, language.IsChinese))];
        TocEntryView[] adoptedTextToc = [.. (document.AdoptedText?.Operative ?? []).Select(paragraph => TocEntry(paragraph, language.IsChinese))];
        var book = new BookView
        {
            Title = title,
            // The document's address at undocs.org, the same in every build of one language version (a URL, as Standard
            // Ebooks identifies its books).
            Identifier = paths.UndocsUrl(document.Metadata.Symbol),
            Modified = modified,
            Date = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            DateText = dateText,
            Publisher = strings.Require("epub_publisher_" + Snake(document.Metadata.Body.ToString()), diagnostics),
            Kind = kind,
            CoverDate = dateText.Length > 0 ? dateText : BookDescription.ActionDate(document, strings, diagnostics),
            Description = BookDescription.Describe(document, kind, title, strings, diagnostics),
            Subjects = [.. BookDescription.Subjects(document, title)],
            Sponsors = sponsors,
            ContributorsHtml = Contributors(sponsors),
            Rights = strings.Fill("epub_rights", document.Metadata.Symbol, diagnostics),
            EditionNote = strings.Require("edition_note", diagnostics),
            AccessibilitySummary = strings.Require("epub_accessibility_summary", diagnostics),
            CertifiedBy = CertifiedBy,
            CoverLines = [.. CoverLayout.Lines(title, language.IsChinese)],
            Toc = toc,
            TocHtml = TocRun(toc),
            AdoptedTextToc = adoptedTextToc,
            AdoptedTextTocHtml = TocRun(adoptedTextToc),
        };

        return new ScriptObject
        {
            ["document"] = view ?? DocumentViewModel.Build(document, strings, MarkupFlavor.Xhtml, diagnostics),
            ["book"] = book,

            // Made safe for XML once, when the strings were read; shared by every book in the language.
            ["strings"] = strings.ForTemplates(MarkupFlavor.Xhtml),
        };
    }

    public static DateOnly Timestamp(ResolutionDocument document) => document.Metadata.Date ?? UndatedTimestamp;

    /// <summary>
    /// Fills <c>{year}</c>, <c>{month}</c>, <c>{day}</c> and <c>{month_name}</c> of a date pattern; the month names
    /// are the language's, January first, separated by "|" (the build runs without culture data).
    /// </summary>
    internal static string FormatDate(DateOnly date, string pattern, string monthNames) => pattern
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month_name}", monthNames.Split('|') is { Length: 12 } names ? names[date.Month - 1] : date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // GeneralAssembly → general_assembly
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>
    /// The list items of a table of contents, each line ended: <c>&lt;li&gt;&lt;a href="text.xhtml#op1"&gt;1. text&lt;/a&gt;&lt;/li&gt;</c>.
    /// Written in code rather than by a template loop, and read by the well-formedness check as one stand-in.
    /// </summary>
    private static UnitRunMarkup TocRun(TocEntryView[] entries) => new((output, flavor) =>
    {
        foreach (var entry in entries)
        {
            output.Markup("<li><a href=\"text.xhtml#");
            output.Text(entry.Id, flavor);
            output.Markup("\">");
            output.Text(entry.Label, flavor);
            output.Markup(" ");
            output.Text(entry.Text, flavor);
            output.Markup("</a></li>\n");
        }
    }, MarkupFlavor.Xhtml);

    /// <summary>
    /// The sponsors, who put the draft forward, as the package's contributors with MARC relator "spn" (sponsor), each
    /// line indented and ended as the package document sets out its metadata.
    /// </summary>
    private static PackageMarkup Contributors(string[] sponsors) => new(output =>
    {
        for (var i = 0; i < sponsors.Length; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            output.Markup("    <dc:contributor id=\"sponsor-");
            output.Markup(number);
            output.Markup("\">");
            output.Text(sponsors[i], MarkupFlavor.Xhtml);
            output.Markup("</dc:contributor>\n    <meta refines=\"#sponsor-");
            output.Markup(number);
            output.Markup("\" property=\"role\" scheme=\"marc:relators\">spn</meta>\n");
        }
    });

    private static TocEntryView TocEntry(OperativeParagraph paragraph, bool chinese) => new()
    {
        Id = paragraph.Id.ToString(),
        Label = paragraph.Label,
        Text = TocText.For(paragraph, chinese),
    };
}
