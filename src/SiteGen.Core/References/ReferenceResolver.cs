using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// The Resolve stage (DESIGN.md, "References"): reads a parsed document in order — the preface's report line,
/// preamble, operative part depth-first, the text the resolution adopts, footnotes by number — and turns every UN document symbol and resolution number into a
/// <see cref="SymbolLink"/> with its canonical symbol, every bare web address into a <see cref="WebLink"/>,
/// lists one <see cref="Reference"/> per symbol link in reading order, and marks "ibid." footnotes with the note
/// they repeat. Unresolvable resolution numbers stay text and are reported (SG3001), as are ibid. notes with
/// nothing to repeat (SG2012).
/// </summary>
public sealed class ReferenceResolver
{
    public ResolutionDocument Resolve(ResolutionDocument document, DiagnosticBag diagnostics)
    {
        var reading = new Reading(document, ReferenceTerms.For(document.Metadata.Language), diagnostics);
        var preface = reading.LinkPreface(document.Preface);
        var preamble = reading.LinkPreamble(document.Preamble);
        var operative = reading.LinkOperative(document.Operative);
        var adopted = document.AdoptedText is { } text
            ? text with { Preamble = reading.LinkPreamble(text.Preamble), Operative = reading.LinkOperative(text.Operative) }
            : null;
        var footnotes = reading.LinkFootnotes(document.Footnotes);
        return document with
        {
            Preface = preface,
            Preamble = preamble,
            Operative = operative,
            AdoptedText = adopted,
            Footnotes = footnotes,
            References = reading.References.ToImmutable(),
        };
    }

    /// <summary>One pass over one document: its terms, the context carried from unit to unit, the references found.</summary>
    private sealed class Reading(ResolutionDocument document, ReferenceTerms terms, DiagnosticBag diagnostics)
    {
        private readonly ReferenceContext _context = new(document.Metadata.Body);
        private readonly WebAddressRecognizer _webAddresses = new();
        private readonly SymbolRecognizer _symbols = new();
        private readonly ResolutionNumberRecognizer _numbers = new(terms);
        private readonly ResolutionIssuerResolver _issuers = new(terms);
        private readonly IbidRecognizer _ibids = new(terms);

        // The plain text of the unit being read; each unit's is written over the last one's.
        private char[] _plain = new char[512];

        public ImmutableArray<Reference>.Builder References { get; } = ImmutableArray.CreateBuilder<Reference>();

        /// <summary>Links the report line ("[on the report of the Third Committee (A/79/457)]"); its references stand in <c>preface</c>.</summary>
        public Preface LinkPreface(Preface preface) => preface.ReportLine.IsEmpty
            ? preface
            : preface with { ReportLine = Link(UnitId.Preface, preface.ReportLine, References, preface.ReportLine[0].Span.Start) };

        public ImmutableArray<PreambularParagraph> LinkPreamble(ImmutableArray<PreambularParagraph> preamble) =>
            Relinked(preamble, paragraph => Link(paragraph.Id, paragraph.Content, References, paragraph.Span.Start) is var content && content == paragraph.Content
                ? paragraph
                : paragraph with { Content = content });

        public ImmutableArray<OperativeParagraph> LinkOperative(ImmutableArray<OperativeParagraph> operative) =>
            Relinked(operative, paragraph =>
            {
                // Depth-first: the paragraph's own text is read before its sub-paragraphs.
                var content = Link(paragraph.Id, paragraph.Content, References, paragraph.Span.Start);
                var children = Link(paragraph.Children);
                return content == paragraph.Content && children == paragraph.Children ? paragraph : paragraph with { Content = content, Children = children };
            });

        /// <summary>
        /// Links the footnotes, then marks each ibid. note with the nearest earlier note that is not itself ibid.
        /// (so chains end at the note that names the source); a whole-note ibid. (同上。) also gets that note's
        /// references, so no reader is left with a bare 同上.
        /// </summary>
        public ImmutableArray<Footnote> LinkFootnotes(ImmutableArray<Footnote> footnotes)
        {
            var result = ImmutableArray.CreateBuilder<Footnote>(footnotes.Length);
            Footnote? antecedent = null;
            var antecedentReferences = new List<Reference>();
            foreach (var note in footnotes)
            {
                var found = new List<Reference>();
                var plain = Read(note.Content, note.Span.Start);
                var content = Link(note.Id, plain, note.Content, found);
                var ibid = _ibids.Recognize(plain.Text);
                var linked = content == note.Content ? note : note with { Content = content };
                if (ibid is null)
                {
                    antecedent = linked;
                    antecedentReferences = found;
                }
                else if (antecedent is null)
                {
                    diagnostics.Report(DiagnosticCatalog.IbidWithoutAntecedent, document.Source, note.Span.Start, note.Number);
                }
                else
                {
                    linked = linked with { Repeats = antecedent.Number };
                    if (ibid.IsWholeNote)
                    {
                        // The same text, with the runs as linking split them.
                        var text = Read(content, note.Span.Start);
                        RepeatReferences(antecedentReferences, text.Text.Slice(ibid.Start, ibid.Length).ToString(), note.Id, text.SpanOf(document.Source, ibid.Start, ibid.Length));
                    }
                }

                References.AddRange(found);
                result.Add(linked);
            }

            return result.MoveToImmutable();
        }

        /// <summary>Lists the antecedent's symbols once each for a whole-note ibid., at the ibid.'s text.</summary>
        private void RepeatReferences(List<Reference> antecedentReferences, string ibidText, UnitId note, SourceSpan span) =>
            References.AddRange(antecedentReferences
                .Select(r => r.Symbol)
                .Distinct(StringComparer.Ordinal)
                .Select(symbol => new Reference(ibidText, symbol, note, span)));

        /// <summary>A unit's text for the recognisers, written in the reading's buffer (grown when a unit needs more).</summary>
        private UnitText Read(ImmutableArray<Inline> content, int start)
        {
            if (content.Length > 1 && InlineText.PlainLength(content) is var length && length > _plain.Length)
            {
                _plain = new char[Math.Max(length, _plain.Length * 2)];
            }

            return new UnitText(content, start, _plain);
        }

        // Most units have no sub-paragraphs, and no delegate is made for them.
        private ImmutableArray<SubParagraph> Link(ImmutableArray<SubParagraph> subs) => subs.IsEmpty ? subs :
            Relinked(subs, sub =>
            {
                var content = Link(sub.Id, sub.Content, References, sub.Span.Start);
                var children = Link(sub.Children);
                return content == sub.Content && children == sub.Children ? sub : sub with { Content = content, Children = children };
            });

        /// <summary>
        /// The units, each as <paramref name="link"/> returns it, in order. Most units cite nothing and come back as
        /// they were: the list itself is copied only from the first unit that changed.
        /// </summary>
        private static ImmutableArray<T> Relinked<T>(ImmutableArray<T> units, Func<T, T> link)
            where T : class
        {
            T[]? changed = null;
            for (var i = 0; i < units.Length; i++)
            {
                var linked = link(units[i]);
                if (changed is null && !ReferenceEquals(linked, units[i]))
                {
                    changed = units.ToArray();
                }

                if (changed is not null)
                {
                    changed[i] = linked;
                }
            }

            return changed is null ? units : ImmutableCollectionsMarshal.AsImmutableArray(changed);
        }

        private ImmutableArray<Inline> Link(UnitId unit, ImmutableArray<Inline> content, ICollection<Reference> references, int start) =>
            Link(unit, Read(content, start), content, references);

        private ImmutableArray<Inline> Link(UnitId unit, UnitText text, ImmutableArray<Inline> content, ICollection<Reference> references)
        {
            var addresses = _webAddresses.Recognize(text.Text);
            var symbols = _symbols.Recognize(text.Text);
            var resolutions = Resolutions(text);
            var found = addresses.Count + symbols.Count + resolutions.Count;
            if (found == 0 && !HasLinks(content))
            {
                return content;
            }

            var links = new List<LinkMatch>(found);
            Add(links, addresses);
            Add(links, symbols);
            Add(links, resolutions);
            return text.Link(content, links, document.Source, unit, references);
        }

        /// <summary>The resolution numbers of a unit with their symbols; those whose body cannot be told are reported.</summary>
        private IReadOnlyList<LinkMatch> Resolutions(UnitText text)
        {
            var numbers = _numbers.Recognize(text.Text);
            var issuers = _issuers.Resolve(text.Text, numbers, _context);
            if (numbers.Count == 0)
            {
                return [];
            }

            var resolutions = new List<LinkMatch>(numbers.Count);
            for (var i = 0; i < numbers.Count; i++)
            {
                var number = numbers[i];
                if (issuers[i] is { } issuer)
                {
                    resolutions.Add(new LinkMatch(number.Start, number.Length, ResolutionSymbols.For(issuer, number), IsWebAddress: false));
                }
                else
                {
                    var span = text.SpanOf(document.Source, number.Start, number.Length);
                    diagnostics.Report(DiagnosticCatalog.UnresolvedResolution, document.Source, span.Start, text.Text.Slice(number.Start, number.Length).ToString());
                }
            }

            return resolutions;
        }

        /// <summary>Adds the matches that do not overlap one already taken (web addresses first, then symbols).</summary>
        /// <remarks>The links stay sorted by start and never overlap, so only the neighbours of a candidate can.</remarks>
        private static void Add(List<LinkMatch> links, IReadOnlyList<LinkMatch> candidates)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                var at = LinkMatch.FirstAtOrAfter(links, candidate.Start);
                if ((at > 0 && links[at - 1].Overlaps(candidate)) || (at < links.Count && links[at].Overlaps(candidate)))
                {
                    continue;
                }

                links.Insert(at, candidate);
            }
        }

        private static bool HasLinks(ImmutableArray<Inline> content) => content.Any(inline => inline switch
        {
            SymbolLink => true,
            Strong strong => HasLinks(strong.Children),
            Emphasis emphasis => HasLinks(emphasis.Children),
            _ => false,
        });
    }
}
