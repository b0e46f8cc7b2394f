using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The format-neutral view of a <see cref="ResolutionDocument"/> that the site and e-book templates read: plain
/// values in explicit <see cref="ScriptObject"/>s with snake_case keys, no markup (templates emit it). Shape:
/// <code>
/// symbol, lang (BCP 47 tag), lang_code (UN code), dir, is_chinese, title, body, distribution, original_language,
/// date ("2024-11-20" or ""), undocs_url, page_path, epub_file_name,
/// preface { session, committee, agenda_item, agenda_title, sponsors [string], document_type, title },
/// enacting_formula, preamble [unit], operative [unit], notes [note]
/// unit  { id, kind ("preambular" | "operative" | "sub" | "second-degree"), number, label, citation, parts [part], children [unit] }
/// note  { id, kind "note", number, label, citation, ref_id, referenced, parts [part], repeats (null | { number, id, parts }) }
/// part  { kind "text", text } | { kind "strong" | "emphasis", parts } | { kind "noteref", number, note_id, ref_id ("" after the first) }
///     | { kind "symbol", text, symbol, url } | { kind "web", text, url }
/// </code>
/// <c>citation</c> is how a reader cites the unit with the source's labels (<c>19(b)</c>, <c>2(a)(三)</c>); only the
/// first reference to a note carries <c>ref_id</c> (<c>fnref16</c>), so every id is unique in a page.
/// </summary>
public static class DocumentViewModel
{
    public static ScriptObject Build(ResolutionDocument document)
    {
        var language = UnLanguage.Find(document.Metadata.Language);
        var paths = new EditionPaths(document.Metadata.Symbol, language);
        var builder = new Builder(paths);
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

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    /// <summary>Builds units in reading order, so that the first reference to each note is the anchored one.</summary>
    private sealed class Builder(EditionPaths paths)
    {
        private readonly HashSet<int> _anchoredNotes = [];

        public ScriptObject Operative(OperativeParagraph paragraph)
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

        public ScriptObject Unit(Unit unit, string kind, string citation, string label, IEnumerable<ScriptObject> children)
        {
            // Parts first: children come later in reading order.
            var parts = Parts(unit.Content);
            return new ScriptObject
            {
                ["id"] = unit.Id.ToString(),
                ["kind"] = kind,
                ["number"] = unit.Id.Number,
                ["label"] = label,
                ["citation"] = citation,
                ["parts"] = parts,
                ["children"] = Array(children),
            };
        }

        public ScriptObject Note(Footnote note, ImmutableArray<Footnote> notes)
        {
            var repeated = note.Repeats is { } number ? notes.FirstOrDefault(n => n.Number == number) : null;
            return new ScriptObject
            {
                ["id"] = note.Id.ToString(),
                ["kind"] = "note",
                ["number"] = note.Number,
                ["label"] = note.Number.ToString(CultureInfo.InvariantCulture),
                ["citation"] = note.Number.ToString(CultureInfo.InvariantCulture),
                ["ref_id"] = note.Id.ReferenceAnchor,
                ["referenced"] = _anchoredNotes.Contains(note.Number),
                ["parts"] = PlainParts(note.Content),
                ["repeats"] = repeated is null
                    ? null
                    : new ScriptObject
                    {
                        ["number"] = repeated.Number,
                        ["id"] = repeated.Id.ToString(),
                        ["parts"] = PlainParts(repeated.Content),
                    },
            };
        }

        private ScriptArray Parts(IEnumerable<Inline> inlines) => Array(inlines.Select(Part));

        // Note texts repeat inside popovers; their parts never carry anchors.
        private ScriptArray PlainParts(IEnumerable<Inline> inlines) =>
            Array(inlines.Select(inline => inline is NoteRef ? Part(inline, anchor: false) : Part(inline)));

        private ScriptObject Part(Inline inline) => Part(inline, anchor: true);

        private ScriptObject Part(Inline inline, bool anchor) => inline switch
        {
            TextRun run => new ScriptObject { ["kind"] = "text", ["text"] = run.Text },
            Strong strong => new ScriptObject { ["kind"] = "strong", ["parts"] = Parts(strong.Children) },
            Emphasis emphasis => new ScriptObject { ["kind"] = "emphasis", ["parts"] = Parts(emphasis.Children) },
            NoteRef reference => new ScriptObject
            {
                ["kind"] = "noteref",
                ["number"] = reference.Number,
                ["note_id"] = reference.Target.ToString(),
                ["ref_id"] = anchor && _anchoredNotes.Add(reference.Number) ? reference.Target.ReferenceAnchor : "",
            },
            SymbolLink link => new ScriptObject
            {
                ["kind"] = "symbol",
                ["text"] = link.Text,
                ["symbol"] = link.Symbol,
                ["url"] = paths.UndocsUrl(link.Symbol),
            },
            WebLink link when IsHttp(link.Url) => new ScriptObject { ["kind"] = "web", ["text"] = link.Text, ["url"] = link.Url },
            WebLink link => new ScriptObject { ["kind"] = "text", ["text"] = link.Text },
            _ => throw new InvalidOperationException($"unknown inline {inline.GetType().Name}"),
        };

        // DESIGN.md, "Behaviour": only http and https links are emitted.
        private static bool IsHttp(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
