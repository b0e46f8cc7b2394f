using System.Collections.Immutable;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.References;

/// <summary>
/// Lists the citations of a document (<see cref="Citation"/>): every linked symbol in its units and notes, in
/// reading order, with the paragraph a pinpoint beside it names (<see cref="ParagraphPinpointRecognizer"/>), the
/// same paragraph its link lands on.
/// </summary>
internal static class CitationCollector
{
    public static IReadOnlyList<Citation> Collect(ResolutionDocument document)
    {
        var citations = new List<Citation>();
        foreach (var unit in document.Units())
        {
            string? id = null;
            Collect(unit.Content, unit.Id, ref id, citations);
        }

        return citations;
    }

    // A unit's anchor is written out once it cites something: most units cite nothing.
    private static void Collect(ImmutableArray<Inline> inlines, UnitId unit, ref string? id, List<Citation> citations)
    {
        for (var i = 0; i < inlines.Length; i++)
        {
            switch (inlines[i])
            {
                case SymbolLink link:
                    id ??= unit.ToString();
                    citations.Add(new Citation(EditionPaths.CanonicalSymbol(link.Symbol), id, ParagraphPinpointRecognizer.Beside(inlines, i)?.ToString() ?? ""));
                    break;
                case Strong strong:
                    Collect(strong.Children, unit, ref id, citations);
                    break;
                case Emphasis emphasis:
                    Collect(emphasis.Children, unit, ref id, citations);
                    break;
            }
        }
    }
}
