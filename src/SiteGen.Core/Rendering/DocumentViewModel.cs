using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The view of a <see cref="ResolutionDocument"/> that the site and e-book templates read: read-only records whose
/// members templates name in snake_case (<c>TextHtml</c> is <c>text_html</c>), and arrays. Templates read them
/// through <see cref="ITemplateView"/>, whose getters are found by reflection once, so the native executable keeps
/// every type of the engine whole (SiteGen.Cli.csproj). The shipped templates write the page's structure and each
/// run of units with one expression (<c>*_html</c> runs, written by <see cref="UnitMarkupWriter"/>); the unit records
/// stay in the view, so that a user's templates may set out the units themselves. Each unit's inline content comes
/// written by <see cref="InlineMarkupWriter"/> in the flavour asked for. Shape:
/// <code>
/// symbol, lang (BCP 47 tag), lang_code (UN code), dir, is_chinese, title, body, distribution, original_language,
/// date ("2024-11-20" or ""), undocs_url, undocs_label, page_path, epub_file_name,
/// preface { session, committee, agenda_item, agenda_item_label, agenda_title, sponsors [string], sponsor_list, document_type, title, body, heading,
///           report, report_html, number, date },
/// enacting_formula, preamble [unit], operative [unit], operative_units [unit],
/// adopted_text (null | { headings [string], preamble [unit], operative [unit], operative_units [unit], preamble_html, operative_html }),
/// adoption (null | { text_html, place, date, meeting, method }),
/// notes [note], preamble_html, operative_html, notes_html, toc_paragraphs_html
/// unit  { id, kind ("preambular" | "operative" | "sub" | "second-degree"), number, label, citation, cite, path, has_path,
///         text_html, permalink_label, toc_label (operative paragraphs only), children [unit], opens_list, lists_closed }
/// note  { id, kind "note", number, label, citation, cite, ref_id, referenced, text_html, permalink_label, backlink_label,
///         repeats (null | { number, id, text_html, label }) }
/// </code>
/// <c>citation</c> is how a reader cites the unit with the source's labels (<c>19(b)</c>, <c>2(a)(三)</c>); <c>cite</c>
/// is the full citation a reader copies, in the UN's form for the page's language (<c>A/C.3/79/L.34，第19(b)段</c>,
/// <c>A/C.3/79/L.34, para. 19 (b)</c>); <c>path</c> shows a sub-paragraph's place (<c>19 → (b)</c>). The
/// <c>*_label</c> fields are the interface strings with the unit's citation or number filled in. <c>operative_units</c>
/// holds every unit of <c>operative</c> in reading order (a paragraph, then its sub-paragraphs), so that a page sets
/// them out in one loop; <c>lists_closed</c> says how many lists of sub-paragraphs end with a unit. In the e-book's
/// view (<see cref="MarkupFlavor.Xhtml"/>) every string is made safe for XML (<see cref="XmlSafeText"/>).
/// </summary>
public static class DocumentViewModel
{
    /// <param name="edition">The edition's documents, which references link to (none: every reference links to undocs.org).</param>
    internal static DocumentView Build(ResolutionDocument document, UiStrings strings, MarkupFlavor flavor, DiagnosticBag diagnostics, EditionLinks? edition = null)
    {
        var language = UnLanguage.Find(document.Metadata.Language);
        var paths = new EditionPaths(document.Metadata.Symbol, language);
        var builder = new Builder(new InlineMarkupWriter(flavor, paths, strings, diagnostics, edition ?? EditionLinks.None, document.Footnotes.Length), strings, document.Metadata.Symbol, flavor, diagnostics);
        var plain = builder.Plain;
        var preface = document.Preface;

        // Units in reading order, so that the first reference to each note is the anchored one; notes come last.
        UnitView[] preamble = [.. document.Preamble.Select(builder.Preambular)];
        UnitView[] operative = [.. document.Operative.Select(builder.Operative)];
        var adoptedText = document.AdoptedText is { } adopted ? builder.AdoptedText(adopted) : null;
        var adoption = document.Adoption is { } recorded ? builder.Adoption(recorded, beforeAnnex: document.AdoptedText?.Annexed == true) : null;
        NoteView[] notes = [.. document.Footnotes.Select(note => builder.Note(note, document.Footnotes))];
        var operativeUnits = InReadingOrder(operative);
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
                SponsorList = plain(BookDescription.SponsorList(document, strings, diagnostics)),
                DocumentType = plain(preface.DocumentType),
                Title = plain(preface.Title),
                Body = plain(preface.Body),
                Heading = plain(preface.Heading),
                Report = plain(preface.Report),
                ReportHtml = builder.Markup(preface.ReportLine),
                Number = plain(preface.Number),
                Date = plain(preface.Date),
            },
            EnactingFormula = plain(document.EnactingFormula),
            Preamble = preamble,
            Operative = operative,
            OperativeUnits = operativeUnits,
            AdoptedText = adoptedText,
            Adoption = adoption,
            Notes = notes,
            PreambleHtml = Run(UnitMarkupWriter.Preamble, preamble, flavor),
            OperativeHtml = Run(UnitMarkupWriter.Operative, operativeUnits, flavor),
            NotesHtml = Run(UnitMarkupWriter.Notes, notes, flavor),
            TocParagraphsHtml = Run(UnitMarkupWriter.TocParagraphs, operative, flavor),
        };
    }

    /// <summary>Builds units in reading order, so that the first reference to each note is the anchored one.</summary>
    private sealed class Builder(InlineMarkupWriter markup, UiStrings strings, string symbol, MarkupFlavor flavor, DiagnosticBag diagnostics)
    {
        // The strings of each kind of unit, looked up when the first unit of the kind is built.
        private UnitLabels? _preambular;
        private UnitLabels? _operative;
        private UnitLabels? _notes;

        // Markup from the writer is already safe for XML; plain strings are made so here.
        public string Plain(string text) => flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text;

        public UnitView Preambular(PreambularParagraph paragraph)
        {
            _preambular ??= UnitLabels.Preambular(strings, symbol, flavor, diagnostics);
            var number = paragraph.Id.Number.ToString(CultureInfo.InvariantCulture);
            return Unit(paragraph, "preambular", "", new UnitPlace(number), _preambular, [], 0);
        }

        public UnitView Operative(OperativeParagraph paragraph)
        {
            // The UN cites a sub-paragraph after its paragraph's number: "para. 19 (b)" in English, "第19(b)段" in Chinese.
            var labels = _operative ??= UnitLabels.Operative(strings, symbol, flavor, diagnostics);
            var number = paragraph.Label.TrimEnd('.', '．', ' ', '-'); // "19.", Arabic "1 -": the number alone
            var text = Text(paragraph);
            var subs = paragraph.Children;
            var children = subs.Length == 0 ? [] : new UnitView[subs.Length];
            for (var s = 0; s < subs.Length; s++)
            {
                var sub = subs[s];
                var lastSub = s == subs.Length - 1;
                var subText = Text(sub);
                var items = sub.Children.Length == 0 ? [] : new UnitView[sub.Children.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    var item = sub.Children[i];
                    var listsClosed = i < items.Length - 1 ? 0 : lastSub ? 2 : 1;
                    items[i] = Unit(item, "second-degree", item.Label, new UnitPlace(number, sub.Label, item.Label), labels, [], listsClosed, Text(item));
                }

                children[s] = Unit(sub, "sub", sub.Label, new UnitPlace(number, sub.Label), labels, items, items.Length > 0 || !lastSub ? 0 : 1, subText);
            }

            return Unit(paragraph, "operative", paragraph.Label, new UnitPlace(number), labels, children, 0, text);
        }

        // Text first: children come later in reading order.
        private InlineMarkup Text(Unit unit) => markup.Prepare(unit.Content, anchor: true);

        private UnitView Unit(Unit unit, string kind, string label, UnitPlace place, UnitLabels labels, UnitView[] children, int listsClosed, InlineMarkup? text = null) => new()
        {
            TextHtml = text ?? Text(unit),
            Id = Plain(unit.Id.ToString()),
            Kind = kind,
            Number = unit.Id.Number,
            Label = Plain(label),
            Place = place,
            Labels = labels,
            Children = children,
            ListsClosed = listsClosed,
        };

        public AdoptedTextView AdoptedText(AdoptedText adopted)
        {
            UnitView[] preamble = [.. adopted.Preamble.Select(Preambular)];
            UnitView[] operative = [.. adopted.Operative.Select(Operative)];
            var operativeUnits = InReadingOrder(operative);
            return new AdoptedTextView
            {
                Headings = [.. adopted.Headings.Select(Plain)],
                Preamble = preamble,
                Operative = operative,
                OperativeUnits = operativeUnits,
                PreambleHtml = Run(UnitMarkupWriter.Preamble, preamble, flavor),
                OperativeHtml = Run(UnitMarkupWriter.Operative, operativeUnits, flavor),
            };
        }

        /// <summary>Content outside the units (the preface's report line), which calls no note.</summary>
        public InlineMarkup Markup(ImmutableArray<Inline> content) => markup.Prepare(content, anchor: false);

        public AdoptionView Adoption(Adoption adoption, bool beforeAnnex = false) => new()
        {
            TextHtml = markup.Prepare(adoption.Content, anchor: true),
            Place = adoption.Place == AdoptionPlace.Preface ? "preface" : beforeAnnex ? "before-annex" : "end",
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

            // A numbered note's ids are those its references wrote.
            var ids = note.Id == UnitId.Footnote(note.Number) ? markup.Ids(note.Number) : null;
            return new NoteView
            {
                Id = Plain(ids?.Id ?? note.Id.ToString()),
                Number = note.Number,
                Label = label,
                Labels = _notes ??= UnitLabels.Note(strings, symbol, flavor, diagnostics),
                RefId = Plain(ids?.ReferenceAnchor ?? note.Id.ReferenceAnchor),
                Referenced = !note.IsStarNote && markup.IsAnchored(note.Number),
                TextHtml = markup.Prepare(note.Content, anchor: false),
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

    /// <summary>A run of units written by <see cref="UnitMarkupWriter"/> when a template writes it.</summary>
    private static UnitRunMarkup Run<TUnit>(Action<IMarkupOutput, TUnit[], MarkupFlavor> write, TUnit[] units, MarkupFlavor flavor) =>
        new((output, written) => write(output, units, written), flavor);

    /// <summary>Paragraphs with their sub-paragraphs after each, as a page reads them.</summary>
    private static UnitView[] InReadingOrder(UnitView[] paragraphs)
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            count++;
            foreach (var sub in paragraph.Children)
            {
                count += 1 + sub.Children.Length;
            }
        }

        var units = new List<UnitView>(count);
        foreach (var paragraph in paragraphs)
        {
            units.Add(paragraph);
            foreach (var sub in paragraph.Children)
            {
                units.Add(sub);
                units.AddRange(sub.Children);
            }
        }

        return [.. units];
    }

}
