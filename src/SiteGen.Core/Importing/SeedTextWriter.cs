using System.Text;

namespace SiteGen.Core.Importing;

/// <summary>
/// Writes the imported blocks in the source format (DESIGN.md, "Input"; <c>seeds/</c>): one block per paragraph
/// or note, a blank line between them; note markers as superscript digits (<c>¹²</c>), with a space after the
/// marker that opens a note; italic and bold runs inside the text as Markdown (<c>*Recalling*</c>,
/// <c>**谴责**</c>). The preface (everything above the first indented paragraph, the enacting formula) is plain
/// text, as is a block set wholly in one style, since the source format carries no emphasis there. A raised
/// ending after a number (<c>28th</c>) is plain text. Characters Markdown would read as syntax are escaped.
/// </summary>
internal static class SeedTextWriter
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Write(IReadOnlyList<ImportedBlock> blocks)
    {
        var text = new StringBuilder();
        var firstIndented = blocks.ToList().FindIndex(b => b.Indented && !b.IsNote);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var keep = RunStyle.Bold | RunStyle.Italic;
            if (!block.IsNote && (firstIndented < 0 || i < firstIndented))
            {
                keep = RunStyle.None;
            }

            keep &= ~WholeBlockStyles(block);
            var line = Render(Normalize(block.Runs, keep), block.IsNote);
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(line);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The styles every letter of the block is set in, which are then no emphasis.</summary>
    private static RunStyle WholeBlockStyles(ImportedBlock block)
    {
        var whole = RunStyle.Bold | RunStyle.Italic;
        foreach (var run in block.Runs.Where(r => (r.Style & RunStyle.Superscript) == 0 && r.Text.Any(char.IsLetterOrDigit)))
        {
            whole &= run.Style;
        }

        return whole;
    }

    /// <summary>Superscripts become marker characters or plain text; styles not kept are dropped; runs of one style merged.</summary>
    private static List<StyledRun> Normalize(List<StyledRun> runs, RunStyle keep)
    {
        var result = new List<StyledRun>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var style = run.Style & keep;
            var text = run.Text;
            if ((run.Style & RunStyle.Superscript) != 0)
            {
                // A raised number or asterisk is a note marker; anything else raised (28th) is read as plain text.
                (text, style) = IsMarker(text) ? (ToMarker(text), RunStyle.Superscript) : (text, style);
            }

            if (result.Count > 0 && result[^1].Style == style)
            {
                result[^1] = result[^1] with { Text = result[^1].Text + text };
            }
            else
            {
                result.Add(new StyledRun(text, style));
            }
        }

        return result;
    }

    private static bool IsMarker(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '*' or '†' or '‡');

    private static string ToMarker(string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? SuperscriptDigits[c - '0'] : c));

    private static string Render(List<StyledRun> runs, bool isNote)
    {
        var text = new StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if ((run.Style & RunStyle.Superscript) != 0)
            {
                text.Append(run.Text);
                if (isNote && i == 0 && i + 1 < runs.Count && !runs[i + 1].Text.StartsWith(' '))
                {
                    text.Append(' ');
                }

                continue;
            }

            var delimiter = (run.Style & (RunStyle.Bold | RunStyle.Italic)) switch
            {
                RunStyle.Bold | RunStyle.Italic => "***",
                RunStyle.Bold => "**",
                RunStyle.Italic => "*",
                _ => "",
            };
            var inner = run.Text.Trim();
            var before = i > 0 ? runs[i - 1].Text : "";
            var after = i + 1 < runs.Count ? runs[i + 1].Text : "";
            if (delimiter.Length == 0 || inner.Length == 0 || !EmphasisCanWrap(inner, before + run.Text[..LeadingSpaces(run.Text)], run.Text[(LeadingSpaces(run.Text) + inner.Length)..] + after))
            {
                text.Append(MarkdownEscaper.Escape(run.Text, atLineStart: text.Length == 0));
                continue;
            }

            text.Append(run.Text[..LeadingSpaces(run.Text)]);
            text.Append(delimiter).Append(MarkdownEscaper.Escape(inner, atLineStart: false)).Append(delimiter);
            text.Append(run.Text[(LeadingSpaces(run.Text) + inner.Length)..]);
        }

        return text.ToString().Trim();
    }

    private static int LeadingSpaces(string text) => text.Length - text.TrimStart().Length;

    /// <summary>
    /// Whether <c>*</c> around <paramref name="inner"/> opens and closes emphasis (CommonMark 0.31 §6.2, flanking
    /// delimiter runs): an inner end that is punctuation needs a space or punctuation outside it.
    /// </summary>
    private static bool EmphasisCanWrap(string inner, string before, string after)
    {
        var outsideBefore = before.Length == 0 ? ' ' : before[^1];
        var outsideAfter = after.Length == 0 ? ' ' : after[0];
        var opens = !char.IsPunctuation(inner[0]) && !char.IsSymbol(inner[0]) || char.IsWhiteSpace(outsideBefore) || char.IsPunctuation(outsideBefore);
        var closes = !char.IsPunctuation(inner[^1]) && !char.IsSymbol(inner[^1]) || char.IsWhiteSpace(outsideAfter) || char.IsPunctuation(outsideAfter);
        return opens && closes;
    }
}
