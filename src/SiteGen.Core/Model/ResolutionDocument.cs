using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// The content model of one language version of a resolution (DESIGN.md, "Content model"): format- and
/// language-neutral, no markup. Units are in document order; footnotes are ordered by number, asterisk notes
/// first. <see cref="Adoption"/> is the adoption block of an adopted text, null for a draft.
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

    /// <summary>Every unit in reading order: preamble, operative part depth-first, footnotes.</summary>
    public IEnumerable<Unit> Units()
    {
        foreach (var paragraph in Preamble)
        {
            yield return paragraph;
        }

        foreach (var paragraph in Operative)
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

        foreach (var note in Footnotes)
        {
            yield return note;
        }
    }
}
