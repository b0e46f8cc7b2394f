using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Takes the footnote texts out of the flow, wherever the PDF's page ends left them (DESIGN.md, "Input"), and
/// checks them against the references in the text: a reference without a text, a text never referenced, a
/// number given two texts, and references that skip or repeat a number.
/// </summary>
internal sealed class FootnoteCollector(SourceText source, DiagnosticBag diagnostics)
{
    private readonly SortedDictionary<int, (ImmutableArray<Inline> Content, SourceSpan Span)> _texts = [];

    public void Add(SourceBlock block)
    {
        var marker = (NoteRef)block.Content[0];
        if (_texts.TryGetValue(marker.Number, out var first))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateFootnote, source, block.Span.Start, marker.Number, source.GetLineColumn(first.Span.Start).Line);
            return;
        }

        _texts.Add(marker.Number, (InlineBuilder.Trim(block.Content.RemoveAt(0)), block.Span));
    }

    /// <summary>Checks the references of the units, in reading order, and returns the footnotes by number.</summary>
    public ImmutableArray<Footnote> Build(IEnumerable<Unit> units)
    {
        var references = new List<NoteRef>();
        foreach (var unit in units)
        {
            CollectNoteRefs(unit.Content, references);
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

        return [.. _texts.Select(entry => new Footnote(UnitId.Footnote(entry.Key), entry.Value.Content, [entry.Value.Span]))];
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
