using System.Collections.Immutable;
using Markdig;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Reads the source text of one language version into the content model: Markdig parses the Markdown, then
/// small recognisers find the resolution's structure on the syntax tree (DESIGN.md, "Content model"): notes out
/// of the flow, the enacting formula, the preface above it, the adoption block after the operative part, and the
/// preamble and operative part between. Problems are reported, never thrown; the model is always returned,
/// complete as far as it could be read. References are resolved in a later stage.
/// </summary>
public static class ResolutionParser
{
    // Raw HTML is text in a source (DESIGN.md, "Behaviour"); positions are exact for diagnostics.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    public static ResolutionDocument Parse(SourceText source, DocumentMetadata metadata, DiagnosticBag diagnostics)
    {
        if (ScriptRecognizer.Mismatch(source.Text, metadata.Language) is { } script)
        {
            // Read in the wrong language every recogniser would fail; one line says why.
            diagnostics.Report(DiagnosticCatalog.LanguageMismatch, source, 0, script, metadata.Language);
            return new ResolutionDocument(metadata, source, Preface.Empty, "", [], [], [], []);
        }

        var conventions = LanguageConventions.For(metadata.Language);
        var markdown = Markdown.Parse(source.Text, Pipeline);
        var blocks = new BlockFlattener(new InlineConverter(conventions)).Flatten(markdown);
        if (OtherLanguage(blocks, conventions) is { } other)
        {
            // Languages of one script are told apart by their enacting formula: a French text read as English says so.
            diagnostics.Report(DiagnosticCatalog.LanguageMismatch, source, other.At, other.Conventions.Name, metadata.Language);
            return new ResolutionDocument(metadata, source, Preface.Empty, "", [], [], [], []);
        }

        if (conventions == LanguageConventions.Chinese)
        {
            ChinesePunctuation.Restore(blocks, source, diagnostics);
        }

        var footnotes = new FootnoteCollector(source, diagnostics, conventions);
        var flow = SeparateNotes(blocks, footnotes, conventions, source, diagnostics);

        var formulaAt = EnactingFormulaRecognizer.Find(flow, conventions, source, diagnostics);
        if (formulaAt < 0)
        {
            diagnostics.Report(DiagnosticCatalog.MissingEnactingFormula, source, 0, conventions.EnactingFormulas[0]);
        }

        if (formulaAt >= 0 && metadata.Symbol.Length == 0 && BodyOf(flow[formulaAt].Text, metadata.Language) is { } issuer)
        {
            // A file read without its metadata ("model FILE") is issued by the body its enacting formula names.
            metadata = metadata with { Body = issuer };
        }

        var prefaceRecognizer = new PrefaceRecognizer(conventions, source, diagnostics);
        var preface = formulaAt > 0 ? prefaceRecognizer.Recognize(flow[..formulaAt]) : Preface.Empty;
        footnotes.CheckStars(prefaceRecognizer.StarReferences, formulaAt > 0 ? flow[0].Span.Start : 0);

        var body = flow.Skip(formulaAt + 1).ToList();
        // A text annexed to the resolution, after its adoption line, is read on its own.
        var annexAt = AdoptedTextRecognizer.FindAnnex(body, conventions);
        var annex = annexAt > 0 ? body[annexAt..] : null;
        if (annexAt > 0)
        {
            body.RemoveRange(annexAt, body.Count - annexAt);
        }

        var adoption = ReadAdoption(body, conventions, preface, source, diagnostics) ?? prefaceRecognizer.Adoption;
        // So is a text the resolution adopts and sets out after the paragraph that adopts it.
        var adopting = annex is null ? AdoptedTextRecognizer.FindAdopting(body, conventions) : -1;
        var adopted = annex is not null ? AdoptedTextRecognizer.Read(annex, conventions, source, diagnostics, annexed: true)
            : adopting >= 0 ? AdoptedTextRecognizer.Read(body[(adopting + 1)..], conventions, source, diagnostics)
            : null;
        if (adopting >= 0)
        {
            body.RemoveRange(adopting + 1, body.Count - adopting - 1);
        }

        var numbered = body.Any(block => block.Labelled(conventions).Label.Operative > 0);
        var assembler = new BodyAssembler(conventions, source, diagnostics, numbered);
        for (var i = 0; i < body.Count; i++)
        {
            if (i == adopting)
            {
                assembler.AddAdopting(body[i]);
            }
            else
            {
                assembler.Add(body[i]);
            }
        }

        var (preamble, operative) = assembler.Build();
        if (operative.IsEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.NoOperativePart, source, source.Text.Length);
        }

        var partial = new ResolutionDocument(metadata, source, preface, formulaAt >= 0 ? flow[formulaAt].Text.Trim() : "", preamble, operative, [], [], adoption)
        {
            AdoptedText = adopted,
        };
        return partial with { Footnotes = footnotes.Build(ReadingOrder(partial)) };
    }

    /// <summary>
    /// Takes the notes out of the flow, wherever the PDF's page ends left them. A block with no label right after
    /// an unfinished note is the note's second half, carried over a page end (DESIGN.md, "Input"), when another
    /// unlabelled block follows it to finish the paragraph the page end split, or no paragraph is left open and it
    /// stands at a page end. The second half may also stand at the next page's end, before its notes.
    /// </summary>
    private static List<SourceBlock> SeparateNotes(List<SourceBlock> blocks, FootnoteCollector footnotes, LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics)
    {
        var flow = new List<SourceBlock>(blocks.Count);
        var afterNote = false;
        var formulas = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];

            // One source holds one resolution: a second enacting formula (two texts pasted into one file, say)
            // ends the reading rather than being merged into a wrong model. One set as a note's text does not count.
            if (!block.IsFootnoteText && EnactingFormulaRecognizer.IsExact(block, conventions) && ++formulas == 2)
            {
                diagnostics.Report(DiagnosticCatalog.SecondResolution, source, block.Span.Start);
                break;
            }

            if (block.StarNote > 0)
            {
                footnotes.AddStar(block);
                afterNote = true;
            }
            else if (block.IsFootnoteText)
            {
                footnotes.Add(block);
                afterNote = true;
            }
            else if (footnotes.LastIsUnfinished && IsUnlabelled(block, conventions)
                && (afterNote ? ContinuesNote(blocks, i, flow, conventions) : EndsNoteAtPageEnd(blocks, i, flow, conventions)))
            {
                // One block carries a note over a page end; what follows it is the body again.
                footnotes.Continue(block);
                afterNote = false;
            }
            else
            {
                flow.Add(block);
                afterNote = false;
            }
        }

        return flow;
    }

    private static bool ContinuesNote(List<SourceBlock> blocks, int at, List<SourceBlock> flow, LanguageConventions conventions)
    {
        var paragraphOpen = flow.Count > 0 && InlineText.LastNonWhiteSpace(flow[^1].Content) is { } last && !conventions.ParagraphEndings.Contains(last);
        if (!paragraphOpen)
        {
            // With no paragraph to finish, the block continues the note if it stands at a page end (before another
            // note or at the end of the text) or starts in the middle of a sentence.
            return at + 1 == blocks.Count || blocks[at + 1].IsFootnoteText || blocks[at + 1].StarNote > 0
                || (blocks[at].Text.TrimStart() is { Length: > 0 } text && char.IsLower(text[0]));
        }

        return at + 1 < blocks.Count && blocks[at + 1] is { IsFootnoteText: false, StarNote: 0 } next && IsUnlabelled(next, conventions);
    }

    /// <summary>
    /// Whether a block that does not follow a note is the end of the last one, set at the next page's end: it stands
    /// right before that page's notes, after a complete paragraph, calls no note itself and ends a sentence.
    /// </summary>
    private static bool EndsNoteAtPageEnd(List<SourceBlock> blocks, int at, List<SourceBlock> flow, LanguageConventions conventions) =>
        at + 1 < blocks.Count && (blocks[at + 1].IsFootnoteText || blocks[at + 1].StarNote > 0)
        && flow.Count > 0 && InlineText.LastNonWhiteSpace(flow[^1].Content) is { } last && conventions.ParagraphEndings.Contains(last)
        && !blocks[at].Content.Any(inline => inline is NoteRef)
        && InlineText.LastNonWhiteSpace(blocks[at].Content) is '.' or '。';

    /// <summary>
    /// The language whose enacting formula the text holds, with where it stands, when the text has none of its own
    /// language's; null otherwise.
    /// </summary>
    private static (LanguageConventions Conventions, int At)? OtherLanguage(List<SourceBlock> blocks, LanguageConventions conventions)
    {
        if (blocks.Any(block => !block.IsFootnoteText && EnactingFormulaRecognizer.IsExact(block, conventions)))
        {
            return null;
        }

        foreach (var block in blocks)
        {
            if (!block.IsFootnoteText && LanguageConventions.All.FirstOrDefault(other => other != conventions && EnactingFormulaRecognizer.IsExact(block, other)) is { } found)
            {
                return (found, block.Span.Start);
            }
        }

        return null;
    }

    private static IssuingBody? BodyOf(string formula, string language) =>
        new References.IssuingBodyRecognizer(References.ReferenceTerms.For(language)).Recognize(formula).FirstOrDefault(mention => mention.Body is not null).Body;

    private static bool IsUnlabelled(SourceBlock block, LanguageConventions conventions) =>
        block.Labelled(conventions).Label.IsNone;

    /// <summary>
    /// Takes the adoption block off the end of the body: from the first block after the operative part has begun
    /// that opens one, with the blocks that continue it. A block after it that does not is reported.
    /// </summary>
    private static Adoption? ReadAdoption(List<SourceBlock> body, LanguageConventions conventions, Preface preface, SourceText source, DiagnosticBag diagnostics)
    {
        var recognizer = new AdoptionRecognizer(conventions);
        var start = -1;
        for (var i = 1; i < body.Count && start < 0; i++)
        {
            if (IsUnlabelled(body[i], conventions) && recognizer.IsOpening(body[i].Text))
            {
                start = i;
            }
        }

        if (start < 0)
        {
            return null;
        }

        // A date line may stand before the meeting ("2018年12月17日" above "第55次全体会议").
        if (start > 1 && IsUnlabelled(body[start - 1], conventions) && DateRecognizer.IsDateLine(body[start - 1].Text, conventions))
        {
            start--;
        }

        var lines = new List<SourceBlock> { body[start] };
        var text = body[start].Text;
        foreach (var block in body.Skip(start + 1))
        {
            if (recognizer.Continues(block.Text, text))
            {
                lines.Add(block);
                text += " " + block.Text;
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.UnplacedBlock, source, block.Span.Start, "it stands after the adoption line");
            }
        }

        body.RemoveRange(start, body.Count - start);
        return recognizer.Build(lines, AdoptionPlace.AfterOperativePart, DateRecognizer.Find(preface.Date, conventions));
    }

    /// <summary>The content that may call notes, in reading order: the preface's adoption line, the units (the adopted text's too), the closing adoption line.</summary>
    private static IEnumerable<ImmutableArray<Inline>> ReadingOrder(ResolutionDocument document)
    {
        if (document.Adoption is { Place: AdoptionPlace.Preface } opening)
        {
            yield return opening.Content;
        }

        foreach (var unit in document.Units())
        {
            yield return unit.Content;
        }

        if (document.Adoption is { Place: AdoptionPlace.AfterOperativePart } closing)
        {
            yield return closing.Content;
        }
    }
}
