using Markdig;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Reads the source text of one language version into the content model: Markdig parses the Markdown, then
/// small recognisers find the resolution's structure on the syntax tree (DESIGN.md, "Content model").
/// Problems are reported, never thrown; the model is always returned, complete as far as it could be read.
/// References are resolved in a later stage.
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
        var conventions = LanguageConventions.For(metadata.Language);
        var markdown = Markdown.Parse(source.Text, Pipeline);
        var blocks = new BlockFlattener(new InlineConverter(conventions)).Flatten(markdown);

        var footnotes = new FootnoteCollector(source, diagnostics);
        var flow = new List<SourceBlock>();
        var formulas = 0;
        var formulaAt = -1;
        foreach (var block in blocks)
        {
            // One source holds one resolution: a second enacting formula (two texts pasted into one file, say)
            // ends the reading rather than being merged into a wrong model.
            var isFormula = IsEnactingFormula(block, conventions);
            if (isFormula && ++formulas == 2)
            {
                diagnostics.Report(DiagnosticCatalog.SecondResolution, source, block.Span.Start);
                break;
            }

            if (block.IsFootnoteText)
            {
                footnotes.Add(block);
            }
            else
            {
                // The formula that counts is the first one in the flow (one set as a footnote text does not).
                if (isFormula && formulaAt < 0)
                {
                    formulaAt = flow.Count;
                }

                flow.Add(block);
            }
        }

        if (formulaAt < 0)
        {
            diagnostics.Report(DiagnosticCatalog.MissingEnactingFormula, source, 0, conventions.EnactingFormulas[0]);
        }

        var preface = formulaAt > 0
            ? new PrefaceRecognizer(conventions, source, diagnostics).Recognize(flow[..formulaAt])
            : Preface.Empty;

        var body = new BodyAssembler(conventions, source, diagnostics);
        foreach (var block in flow.Skip(formulaAt + 1))
        {
            body.Add(block);
        }

        var (preamble, operative) = body.Build();
        if (operative.IsEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.NoOperativePart, source, source.Text.Length);
        }

        var partial = new ResolutionDocument(metadata, source, preface, formulaAt >= 0 ? flow[formulaAt].Text.Trim() : "", preamble, operative, [], []);
        return partial with { Footnotes = footnotes.Build(partial.Units()) };
    }

    /// <summary>Whether a block is an enacting formula ("大会，"); most blocks are told apart by their last character.</summary>
    private static bool IsEnactingFormula(SourceBlock block, LanguageConventions conventions)
    {
        if (InlineText.LastNonWhiteSpace(block.Content) is not { } last)
        {
            return false;
        }

        foreach (var formula in conventions.EnactingFormulas)
        {
            if (formula[^1] == last)
            {
                return conventions.EnactingFormulas.Contains(block.Text.Trim());
            }
        }

        return false;
    }
}
