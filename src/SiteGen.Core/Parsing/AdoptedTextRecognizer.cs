using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Finds a text the resolution adopts and sets out after its own paragraph (DESIGN.md, "Content model"; General
/// Assembly resolution 73/3: "*Adopts* the following political declaration …:" then the declaration): the
/// adopting paragraph speaks of what follows in the language's words ("the following", "ci-après", "siguiente",
/// "следующ…", "التالي", "下述"), ends with a colon, and is followed by a block with no label, where a list of
/// sub-paragraphs would have one. The adopted text opens with its heading lines (short, not ending as a paragraph
/// does), then its own preamble and paragraphs, numbered on their own. A text annexed to the resolution ("Adopts the
/// declaration contained in the annex to the present resolution") stands after the adoption line instead, under
/// the line "Annex" in the language's word, which is its first heading.
/// </summary>
internal static class AdoptedTextRecognizer
{
    // A heading line (a declaration's title or subtitle) is short; a paragraph split by a page break is not.
    private const int HeadingLength = 300;

    /// <summary>The index in the body of the paragraph that adopts a text set out after it, or -1.</summary>
    public static int FindAdopting(IReadOnlyList<SourceBlock> body, LanguageConventions conventions)
    {
        for (var i = 0; i + 1 < body.Count; i++)
        {
            var label = body[i].Labelled(conventions).Label;
            if ((label.IsNone || label.Operative > 0)
                && InlineText.LastNonWhiteSpace(body[i].Content) is ':' or '：'
                && conventions.FollowingTextWords.Any(words => body[i].Text.Contains(words, StringComparison.OrdinalIgnoreCase))
                && body[i + 1].Labelled(conventions).Label.IsNone)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index in the body of the line that heads a text annexed to the resolution ("Annex", "Annexe", "附件"):
    /// a block with no label that is that word alone, after the operative part has begun; or -1.
    /// </summary>
    public static int FindAnnex(IReadOnlyList<SourceBlock> body, LanguageConventions conventions)
    {
        for (var i = 1; i < body.Count; i++)
        {
            // The label is read of every block anyway; the plain text of a labelled one is not needed.
            if (body[i].Labelled(conventions).Label.IsNone
                && body[i].Text.AsSpan().Trim().Equals(conventions.AnnexHeading, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads the blocks after the adopting paragraph, or from the annex's heading on, into the adopted text.</summary>
    public static AdoptedText Read(IReadOnlyList<SourceBlock> blocks, LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics, bool annexed = false)
    {
        var headings = new List<string>();
        var at = 0;
        while (at < blocks.Count && IsHeading(blocks[at], conventions))
        {
            headings.Add(blocks[at].Text.Trim());
            at++;
        }

        var rest = blocks.Skip(at).ToList();
        var numbered = rest.Any(block => block.Labelled(conventions).Label.Operative > 0);
        var assembler = new BodyAssembler(conventions, source, diagnostics, numbered, adoptedText: true);
        foreach (var block in rest)
        {
            assembler.Add(block);
        }

        var (preamble, operative) = assembler.Build();
        return new AdoptedText([.. headings], preamble, operative, annexed);
    }

    private static bool IsHeading(SourceBlock block, LanguageConventions conventions) =>
        block.Labelled(conventions).Label.IsNone
        && block.Text.Trim() is { Length: > 0 and <= HeadingLength } text
        && !conventions.ParagraphEndings.Contains(text[^1]);
}
