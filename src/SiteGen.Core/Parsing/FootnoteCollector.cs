using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Takes the footnote texts out of the flow, wherever the PDF's page ends left them (DESIGN.md, "Input"), and
/// checks them against the references in the text: a reference without a text, a text never referenced, a
/// number given two texts, and references that skip or repeat a number. A note continued over a page end is one
/// note (DESIGN.md, "Input"): its second part is appended with <see cref="Continue"/>. Asterisk notes come first.
/// </summary>
internal sealed class FootnoteCollector(SourceText source, DiagnosticBag diagnostics, LanguageConventions conventions)
{
    private readonly SortedDictionary<int, UnitBuilder> _texts = [];
    private readonly SortedDictionary<int, UnitBuilder> _stars = [];
    private UnitBuilder? _last;

    /// <summary>Whether the last note added is unfinished: its text does not end as a sentence or a citation does.</summary>
    public bool LastIsUnfinished => _last is { LastCharacter: { } last } && !".。!?！？)）]］”\"'’»".Contains(last);

    /// <summary>Appends the part of the last note that a page end carried over.</summary>
    public void Continue(SourceBlock block) => _last!.Continue(block.Content, block.Span, conventions.Joiner);

    /// <summary>Adds the text of an asterisk note; a second text for the same asterisks is reported.</summary>
    public void AddStar(SourceBlock block)
    {
        if (_stars.TryGetValue(block.StarNote, out var first))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateFootnote, source, block.Span.Start, new string('*', block.StarNote), source.GetLineColumn(first.Span.Start).Line);
            _last = null;
            return;
        }

        _last = new UnitBuilder(UnitId.StarNote(block.StarNote), "", InlineBuilder.Trim(block.Content), block.Span);
        _stars.Add(block.StarNote, _last);
    }

    /// <summary>Reports the asterisks the preface calls that have no note; an asterisk note may be left out of a source.</summary>
    public void CheckStars(int called, int at)
    {
        for (var stars = 1; stars <= called; stars++)
        {
            if (!_stars.ContainsKey(stars))
            {
                diagnostics.Report(DiagnosticCatalog.StarNoteWithoutText, source, at, new string('*', stars));
            }
        }
    }

    public void Add(SourceBlock block)
    {
        var marker = (NoteRef)block.Content[0];
        if (_texts.TryGetValue(marker.Number, out var first))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateFootnote, source, block.Span.Start, marker.Number, source.GetLineColumn(first.Span.Start).Line);
            _last = null;
            return;
        }

        _last = new UnitBuilder(UnitId.Footnote(marker.Number), "", InlineBuilder.Trim(block.Content.RemoveAt(0)), block.Span);
        _texts.Add(marker.Number, _last);
    }

    /// <summary>Checks the references in the content given, in reading order, and returns the footnotes: asterisk notes, then by number.</summary>
    public ImmutableArray<Footnote> Build(IEnumerable<ImmutableArray<Inline>> contents)
    {
        var references = new List<NoteRef>();
        foreach (var content in contents)
        {
            CollectNoteRefs(content, references);
        }

        var referenced = new HashSet<int>();
        var highest = 0;
        foreach (var reference in references)
        {
            if (!referenced.Add(reference.Number))
            {
                diagnostics.Report(DiagnosticCatalog.RepeatedFootnoteReference, source, reference.Span.Start, reference.Number);
                continue;
            }

            if (reference.Number != highest + 1)
            {
                diagnostics.Report(DiagnosticCatalog.FootnoteNumberingGap, source, reference.Span.Start, reference.Number, highest, highest + 1);
            }

            highest = Math.Max(highest, reference.Number);
            if (!_texts.ContainsKey(reference.Number))
            {
                diagnostics.Report(DiagnosticCatalog.FootnoteWithoutText, source, reference.Span.Start, reference.Number);
            }
        }

        foreach (var (number, text) in _texts.Where(entry => !referenced.Contains(entry.Key)))
        {
            diagnostics.Report(DiagnosticCatalog.FootnoteNeverReferenced, source, text.Span.Start, number);
        }

        var footnotes = ImmutableArray.CreateBuilder<Footnote>(_stars.Count + _texts.Count);
        foreach (var note in _stars.Values.Concat(_texts.Values))
        {
            footnotes.Add(new Footnote(note.Id, note.Content, note.Segments));
        }

        return footnotes.MoveToImmutable();
    }

    private static void CollectNoteRefs(ImmutableArray<Inline> content, List<NoteRef> references)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case NoteRef reference:
                    references.Add(reference);
                    break;
                case Strong strong:
                    CollectNoteRefs(strong.Children, references);
                    break;
                case Emphasis emphasis:
                    CollectNoteRefs(emphasis.Children, references);
                    break;
            }
        }
    }
}
