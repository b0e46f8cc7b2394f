using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The view of a <see cref="ResolutionDocument"/> that the site and e-book templates read: values in explicit
/// <see cref="ScriptObject"/>s with snake_case keys. Templates emit the markup of the page and its units; each
/// unit's inline content comes written by <see cref="InlineMarkupWriter"/> in the flavour asked for. Shape:
/// <code>
/// symbol, lang (BCP 47 tag), lang_code (UN code), dir, is_chinese, title, body, distribution, original_language,
/// date ("2024-11-20" or ""), undocs_url, page_path, epub_file_name,
/// preface { session, committee, agenda_item, agenda_title, sponsors [string], document_type, title },
/// enacting_formula, preamble [unit], operative [unit], notes [note]
/// unit  { id, kind ("preambular" | "operative" | "sub" | "second-degree"), number, label, citation, text_html,
///         permalink_label, toc_label (operative paragraphs only), children [unit] }
/// note  { id, kind "note", number, label, citation, ref_id, referenced, text_html, permalink_label, backlink_label,
///         repeats (null | { number, id, text_html, label }) }
/// </code>
/// <c>citation</c> is how a reader cites the unit with the source's labels (<c>19(b)</c>, <c>2(a)(三)</c>); the
/// <c>*_label</c> fields are the interface strings with the unit's citation or number filled in.
/// </summary>
public static class DocumentViewModel
{
    public static ScriptObject Build(ResolutionDocument document, UiStrings strings, MarkupFlavor flavor, DiagnosticBag diagnostics)
    {
        var language = UnLanguage.Find(document.Metadata.Language);
        var paths = new EditionPaths(document.Metadata.Symbol, language);
        var builder = new Builder(new InlineMarkupWriter(flavor, paths, strings, diagnostics), strings, diagnostics);
        var preface = document.Preface;

        return new ScriptObject
        {
            ["symbol"] = document.Metadata.Symbol,
            ["lang"] = language.Tag,
            ["lang_code"] = language.Code,
            ["dir"] = language.Code == "ar" ? "rtl" : "ltr",
            ["is_chinese"] = language.IsChinese,
            ["title"] = document.Title,
            ["body"] = document.Metadata.Body.ToString(),
            ["distribution"] = document.Metadata.Distribution,
            ["original_language"] = document.Metadata.OriginalLanguage,
            ["date"] = document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["undocs_url"] = paths.UndocsUrl(document.Metadata.Symbol),
            ["page_path"] = paths.Page,
            ["epub_file_name"] = paths.EpubFileName,
            ["preface"] = new ScriptObject
            {
                ["session"] = preface.Session,
                ["committee"] = preface.Committee,
                ["agenda_item"] = preface.AgendaItem,
                ["agenda_title"] = preface.AgendaTitle,
                ["sponsors"] = Array(preface.Sponsors.Select(s => (object)s)),
                ["document_type"] = preface.DocumentType,
                ["title"] = preface.Title,
            },
            ["enacting_formula"] = document.EnactingFormula,
            ["preamble"] = Array(document.Preamble.Select(p => builder.Unit(p, "preambular", p.Id.Number.ToString(CultureInfo.InvariantCulture), "", []))),
            ["operative"] = Array(document.Operative.Select(builder.Operative)),
            ["notes"] = Array(document.Footnotes.Select(note => builder.Note(note, document.Footnotes))),
        };
    }

    private static ScriptArray Array(IEnumerable<object> items) => new(items);

    /// <summary>Builds units in reading order, so that the first reference to each note is the anchored one.</summary>
    private sealed class Builder(InlineMarkupWriter markup, UiStrings strings, DiagnosticBag diagnostics)
    {
        // Sized for their fields (an operative paragraph adds toc_label), so that no object grows as it is filled.
        private const int UnitFields = 9;
        private const int NoteFields = 11;

        public ScriptObject Operative(OperativeParagraph paragraph)
        {
            var citation = paragraph.Label.TrimEnd('.', '．', ' ');
            var children = paragraph.Children.Select(sub =>
            {
                var subCitation = citation + sub.Label;
                var items = sub.Children.Select(item => Unit(item, "second-degree", subCitation + item.Label, item.Label, []));
                return Unit(sub, "sub", subCitation, sub.Label, items);
            });
            var unit = Unit(paragraph, "operative", citation, paragraph.Label, children);
            unit["toc_label"] = strings.Fill("toc_operative", citation, diagnostics);
            return unit;
        }

        public ScriptObject Unit(Unit unit, string kind, string citation, string label, IEnumerable<ScriptObject> children)
        {
            // Text first: children come later in reading order.
            var text = markup.Write(unit.Content, anchor: true);
            return new ScriptObject(UnitFields)
            {
                ["id"] = unit.Id.ToString(),
                ["kind"] = kind,
                ["number"] = unit.Id.Number,
                ["label"] = label,
                ["citation"] = citation,
                ["text_html"] = text,
                ["permalink_label"] = strings.Fill(kind == "preambular" ? "permalink_preambular" : "permalink_operative", citation, diagnostics),
                ["children"] = Array(children),
            };
        }

        // Note texts repeat inside popovers; their note references never carry anchors.
        public ScriptObject Note(Footnote note, ImmutableArray<Footnote> notes)
        {
            var repeated = note.Repeats is { } number ? notes.FirstOrDefault(n => n.Number == number) : null;
            var label = note.Number.ToString(CultureInfo.InvariantCulture);
            return new ScriptObject(NoteFields)
            {
                ["id"] = note.Id.ToString(),
                ["kind"] = "note",
                ["number"] = note.Number,
                ["label"] = label,
                ["citation"] = label,
                ["ref_id"] = note.Id.ReferenceAnchor,
                ["referenced"] = markup.IsAnchored(note.Number),
                ["text_html"] = markup.Write(note.Content, anchor: false),
                ["permalink_label"] = strings.Fill("permalink_note", label, diagnostics),
                ["backlink_label"] = strings.Fill("note_backlink", label, diagnostics),
                ["repeats"] = repeated is null
                    ? null
                    : new ScriptObject
                    {
                        ["number"] = repeated.Number,
                        ["id"] = repeated.Id.ToString(),
                        ["text_html"] = markup.Write(repeated.Content, anchor: false),
                        ["label"] = strings.Fill("note_repeats", repeated.Number.ToString(CultureInfo.InvariantCulture), diagnostics),
                    },
            };
        }
    }
}
