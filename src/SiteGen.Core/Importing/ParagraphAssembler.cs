namespace SiteGen.Core.Importing;

/// <summary>
/// Puts a document's rows back into paragraphs and notes, page by page, in the source format's order: a page's
/// paragraphs, then its notes (DESIGN.md, "Input"). A row continues the paragraph above it when it starts at the
/// page's text margin, is set in the same size and follows at the usual line spacing; an indented row (a first
/// line, a numbered paragraph), a row out in the margin (a session, a title), a change of size or a wider gap
/// starts a new one. Rows right of the page's middle that follow each other (the adoption line's meeting and date)
/// are one paragraph. A paragraph that runs onto the next page is split there only when the page has notes, which
/// then come between its two parts as in the source format. A page's notes start at their raised markers; a first
/// note row without a marker continues the last note of a page before.
/// </summary>
internal sealed class ParagraphAssembler(double bodySize)
{
    /// <summary>Rows further apart than this many times their size are separate paragraphs.</summary>
    private const double LineSpacing = 1.45;

    /// <summary>A row starts at the margin when it is within this part of its size of it.</summary>
    private const double MarginTolerance = 0.4;

    private readonly List<ImportedBlock> _blocks = [];
    private ImportedBlock? _open;
    private TextRow? _previous;
    private ImportedBlock? _lastNote;

    public IReadOnlyList<ImportedBlock> Blocks => _blocks;

    public void AddPage(IReadOnlyList<TextRow> text, IReadOnlyList<TextRow> notes, double pageWidth)
    {
        var margin = Margin(text);
        for (var i = 0; i < text.Count; i++)
        {
            var row = text[i];
            var atMargin = Math.Abs(row.Left - margin) <= MarginTolerance * row.Size;
            if (_open is not null && _previous is not null && Continues(_previous, row, atMargin, pageWidth, firstOnPage: i == 0))
            {
                LineJoiner.Append(_open.Runs, row.Runs());
            }
            else
            {
                _open = new ImportedBlock(isNote: false, indented: row.Left > margin + MarginTolerance * row.Size);
                _open.Runs.AddRange(row.Runs());
                _blocks.Add(_open);
            }

            _previous = row;
        }

        if (notes.Count == 0)
        {
            return;
        }

        _open = null;
        _previous = null;
        foreach (var row in notes)
        {
            if (row.StartsWithSuperscript || _lastNote is null)
            {
                _lastNote = new ImportedBlock(isNote: true, indented: false);
                _lastNote.Runs.AddRange(row.Runs());
                _blocks.Add(_lastNote);
            }
            else
            {
                LineJoiner.Append(_lastNote.Runs, row.Runs());
            }
        }
    }

    private static bool Continues(TextRow above, TextRow row, bool atMargin, double pageWidth, bool firstOnPage)
    {
        var sameSize = Math.Abs(above.Size - row.Size) <= 0.5;
        if (firstOnPage)
        {
            return atMargin && sameSize;
        }

        var close = above.Baseline - row.Baseline <= LineSpacing * Math.Max(above.Size, row.Size);
        var rightBlock = above.Left > pageWidth / 2 && row.Left > pageWidth / 2;
        return sameSize && close && (atMargin || rightBlock);
    }

    /// <summary>
    /// The page's text margin: where the full lines of text start that are furthest left. A justified paragraph's
    /// lines end at the right margin, its first line indented and the others at the left margin; a heading or
    /// a session line further left is short. Without full lines, where most rows of the text's size start.
    /// </summary>
    private double Margin(IReadOnlyList<TextRow> rows)
    {
        var body = rows.Where(r => Math.Abs(r.Size - bodySize) <= 0.5).ToList();
        if (body.Count == 0)
        {
            return rows.Count == 0 ? 0 : rows.Min(r => r.Left);
        }

        var right = body.Max(r => r.Right);
        var full = body.Where(r => r.Right >= right - 2 * bodySize).ToList();
        return full.Count >= 2
            ? full.Min(r => r.Left)
            : body.GroupBy(r => Math.Round(r.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
