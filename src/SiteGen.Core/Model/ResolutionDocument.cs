using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// The content model of one language version of a resolution (DESIGN.md, "Content model"): format- and
/// language-neutral, no markup. Units are in document order; footnotes are ordered by number, asterisk notes
/// first. <see cref="Adoption"/> is the adoption block of an adopted text, null for a draft. <see cref="AdoptedText"/>
/// is the declaration (or other text) the resolution adopts and sets out after its operative part, or null.
/// </summary>
public sealed record ResolutionDocument(
    DocumentMetadata Metadata,
    SourceText Source,
    Preface Preface,
    string EnactingFormula,
    ImmutableArray<PreambularParagraph> Preamble,
    ImmutableArray<OperativeParagraph> Operative,
    ImmutableArray<Footnote> Footnotes,
    ImmutableArray<Reference> References,
    Adoption? Adoption = null)
{
    public string Title => Preface.Title;

    public AdoptedText? AdoptedText { get; init; }

    /// <summary>Every unit in reading order: preamble, operative part depth-first, the adopted text's units, footnotes.</summary>
    public IEnumerable<Unit> Units()
    {
        foreach (var unit in Units(Preamble, Operative))
        {
            yield return unit;
        }

        if (AdoptedText is { } adopted)
        {
            foreach (var unit in Units(adopted.Preamble, adopted.Operative))
            {
                yield return unit;
            }
        }

        foreach (var note in Footnotes)
        {
            yield return note;
        }
    }

    private static IEnumerable<Unit> Units(ImmutableArray<PreambularParagraph> preamble, ImmutableArray<OperativeParagraph> operative)
    {
        foreach (var paragraph in preamble)
        {
            yield return paragraph;
        }

        foreach (var paragraph in operative)
        {
            yield return paragraph;
            foreach (var sub in paragraph.Children)
            {
                yield return sub;
                foreach (var item in sub.Children)
                {
                    yield return item;
                }
            }
        }
    }
}
