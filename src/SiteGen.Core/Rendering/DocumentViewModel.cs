using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The view of a <see cref="ResolutionDocument"/> that the site and e-book templates read: read-only records whose
/// members templates name in snake_case (<c>TextHtml</c> is <c>text_html</c>), and arrays. Templates emit the markup of the page and its units; each
/// unit's inline content comes written by <see cref="InlineMarkupWriter"/> in the flavour asked for. Shape:
/// <code>
/// symbol, lang (BCP 47 tag), lang_code (UN code), dir, is_chinese, title, body, distribution, original_language,
/// date ("2024-11-20" or ""), undocs_url, undocs_label, page_path, epub_file_name,
/// preface { session, committee, agenda_item, agenda_item_label, agenda_title, sponsors [string], document_type, title, body, heading,
///           report, number, date },
/// enacting_formula, preamble [unit], operative [unit], adoption (null | { text_html, place, date, meeting, method }),
/// notes [note]
/// unit  { id, kind ("preambular" | "operative" | "sub" | "second-degree"), number, label, citation, text_html,
///         permalink_label, toc_label (operative paragraphs only), children [unit] }
/// note  { id, kind "note", number, label, citation, ref_id, referenced, text_html, permalink_label, backlink_label,
///         repeats (null | { number, id, text_html, label }) }
/// </code>
/// <c>citation</c> is how a reader cites the unit with the source's labels (<c>19(b)</c>, <c>2(a)(三)</c>); the
/// <c>*_label</c> fields are the interface strings with the unit's citation or number filled in. In the e-book's
/// view (<see cref="MarkupFlavor.Xhtml"/>) every string is made safe for XML (<see cref="XmlSafeText"/>).
/// </summary>
public static class DocumentViewModel
{
    internal static DocumentView Build(ResolutionDocument document, UiStrings strings, MarkupFlavor flavor, DiagnosticBag diagnostics)
    {
        var language = UnLanguage.Find(document.Metadata.Language);
        var paths = new EditionPaths(document.Metadata.Symbol, language);
        var builder = new Builder(new InlineMarkupWriter(flavor, paths, strings, diagnostics), strings, flavor, diagnostics);
        var plain = builder.Plain;
        var preface = document.Preface;

        return new DocumentView
        {
            Symbol = plain(document.Metadata.Symbol),
            Lang = plain(language.Tag),
            LangCode = plain(language.Code),
            Dir = language.Code == "ar" ? "rtl" : "ltr",
            IsChinese = language.IsChinese,
            Title = plain(document.Title),
            Body = plain(document.Metadata.Body.ToString()),
            Distribution = plain(document.Metadata.Distribution),
            OriginalLanguage = plain(document.Metadata.OriginalLanguage),
            Date = document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            UndocsUrl = plain(paths.UndocsUrl(document.Metadata.Symbol)),
            UndocsLabel = plain(strings.Fill("undocs_link", document.Metadata.Symbol, diagnostics)),
            PagePath = plain(paths.Page),
            EpubFileName = plain(paths.EpubFileName),
            Preface = new PrefaceView
            {
                Session = plain(preface.Session),
                Committee = plain(preface.Committee),
                AgendaItem = plain(preface.AgendaItem),
                // Only a preface with an agenda item needs its label, and only then the string.
                AgendaItemLabel = preface.AgendaItem.Length == 0 ? "" : plain(strings.Fill("agenda_item", preface.AgendaItem, diagnostics)),
                AgendaTitle = plain(preface.AgendaTitle),
                Sponsors = [.. preface.Sponsors.Select(plain)],
                DocumentType = plain(preface.DocumentType),
                Title = plain(preface.Title),
                Body = plain(preface.Body),
                Heading = plain(preface.Heading),
                Report = plain(preface.Report),
                Number = plain(preface.Number),
                Date = plain(preface.Date),
            },
            EnactingFormula = plain(document.EnactingFormula),
            Preamble = [.. document.Preamble.Select(p => builder.Unit(p, "preambular", p.Id.Number.ToString(CultureInfo.InvariantCulture), "", []))],
            Operative = [.. document.Operative.Select(builder.Operative)],
            Adoption = document.Adoption is { } adoption ? builder.Adoption(adoption) : null,
            Notes = [.. document.Footnotes.Select(note => builder.Note(note, document.Footnotes))],
        };
    }

    /// <summary>Builds units in reading order, so that the first reference to each note is the anchored one.</summary>
    private sealed class Builder(InlineMarkupWriter markup, UiStrings strings, MarkupFlavor flavor, DiagnosticBag diagnostics)
    {
        // Markup from the writer is already safe for XML; plain strings are made so here.
        public string Plain(string text) => flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text;

        public UnitView Operative(OperativeParagraph paragraph)
        {
            var citation = paragraph.Label.TrimEnd('.', '．', ' ');
            var children = paragraph.Children.Select(sub =>
            {
                var subCitation = citation + sub.Label;
                var items = sub.Children.Select(item => Unit(item, "second-degree", subCitation + item.Label, item.Label, []));
                return Unit(sub, "sub", subCitation, sub.Label, items);
            });
            return Unit(paragraph, "operative", citation, paragraph.Label, children);
        }

        public UnitView Unit(Unit unit, string kind, string citation, string label, IEnumerable<UnitView> children)
        {
            // Text first: children come later in reading order.
            var text = markup.Prepare(unit.Content, anchor: true);
            return new UnitView
            {
                Id = Plain(unit.Id.ToString()),
                Kind = kind,
                Number = unit.Id.Number,
                Label = Plain(label),
                Citation = Plain(citation),
                TextHtml = text,
                PermalinkLabel = Plain(strings.Fill(kind == "preambular" ? "permalink_preambular" : "permalink_operative", citation, diagnostics)),
                Children = [.. children],
                TocLabel = kind == "operative" ? Plain(strings.Fill("toc_operative", citation, diagnostics)) : null,
            };
        }

        public AdoptionView Adoption(Adoption adoption) => new()
        {
            TextHtml = markup.Prepare(adoption.Content, anchor: true),
            Place = adoption.Place == AdoptionPlace.Preface ? "preface" : "end",
            Date = adoption.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Meeting = adoption.Meeting,
            Method = adoption.Method switch
            {
                AdoptionMethod.WithoutVote => "without_vote",
                AdoptionMethod.Unanimously => "unanimously",
                AdoptionMethod.Vote => "vote",
                AdoptionMethod.RecordedVote => "recorded_vote",
                _ => "",
            },
        };

        // Note texts repeat inside popovers; their note references never carry anchors.
        public NoteView Note(Footnote note, ImmutableArray<Footnote> notes)
        {
            var repeated = note.Repeats is { } number ? notes.FirstOrDefault(n => n.Number == number) : null;
            var label = note.IsStarNote ? "*" : note.Number.ToString(CultureInfo.InvariantCulture);
            return new NoteView
            {
                Id = Plain(note.Id.ToString()),
                Number = note.Number,
                Label = label,
                RefId = Plain(note.Id.ReferenceAnchor),
                Referenced = !note.IsStarNote && markup.IsAnchored(note.Number),
                TextHtml = markup.Prepare(note.Content, anchor: false),
                PermalinkLabel = Plain(strings.Fill("permalink_note", label, diagnostics)),
                BacklinkLabel = Plain(strings.Fill("note_backlink", label, diagnostics)),
                Repeats = repeated is null
                    ? null
                    : new RepeatedNoteView
                    {
                        Number = repeated.Number,
                        Id = Plain(repeated.Id.ToString()),
                        TextHtml = markup.Prepare(repeated.Content, anchor: false),
                        Label = Plain(strings.Fill("note_repeats", repeated.Number.ToString(CultureInfo.InvariantCulture), diagnostics)),
                    },
            };
        }
    }
}
