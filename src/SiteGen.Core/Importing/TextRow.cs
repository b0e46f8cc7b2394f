using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Core.Importing;

/// <summary>
/// One printed line of a page: its glyphs from left to right (superscripts included), its baseline, its text size
/// (the size most of its glyphs are set in, superscripts aside) and where its text starts and ends.
/// </summary>
internal sealed class TextRow
{
    /// <summary>A gap wider than this many times the text size separates two cells (the masthead's columns).</summary>
    private const double CellGap = 2.5;

    public TextRow(int page, ImmutableArray<RowGlyph> glyphs)
    {
        Page = page;
        Glyphs = glyphs;
        // Measured on the glyphs of the line itself, superscripts aside (unless there is nothing else).
        var superscriptsOnly = glyphs.All(g => g.Superscript);
        var sizes = new Dictionary<double, int>();
        Left = double.MaxValue;
        Right = double.MinValue;
        Baseline = double.NaN;
        foreach (var placed in glyphs)
        {
            if (placed.Superscript && !superscriptsOnly)
            {
                continue;
            }

            var glyph = placed.Glyph;
            var size = Math.Round(glyph.Size * 2) / 2;
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
            Baseline = double.IsNaN(Baseline) ? glyph.Baseline : Baseline;
            Left = Math.Min(Left, glyph.Left);
            Right = Math.Max(Right, glyph.Right);
        }

        // The size most glyphs are set in; of two as common, the larger.
        Size = sizes.MaxBy(pair => (pair.Value, pair.Key)).Key;
    }

    public int Page { get; }

    public ImmutableArray<RowGlyph> Glyphs { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Left { get; }

    public double Right { get; }

    /// <summary>The row as plain text, superscripts written as they are.</summary>
    public string Text => Join(Glyphs.AsSpan());

    /// <summary>Whether the row begins with a raised marker (a note's number at the start of its text).</summary>
    public bool StartsWithSuperscript => !Glyphs.IsEmpty && Glyphs[0].Superscript;

    /// <summary>Whether every letter or digit of the row is set in <paramref name="style"/>.</summary>
    public bool IsAll(RunStyle style) =>
        Glyphs.Where(g => g.Glyph.Value.Any(char.IsLetterOrDigit)).All(g => (g.Style & style) == style);

    /// <summary>The row's text in runs of one style each; a space takes the style of the glyphs on both sides, or none.</summary>
    public IReadOnlyList<StyledRun> Runs()
    {
        var runs = new List<StyledRun>();
        var text = new StringBuilder();
        var style = RunStyle.None;
        for (var i = 0; i < Glyphs.Length; i++)
        {
            var glyph = Glyphs[i];
            if (glyph.SpaceBefore && i > 0)
            {
                var spaceStyle = (Glyphs[i - 1].Style & glyph.Style) & ~RunStyle.Superscript;
                Append(" ", spaceStyle);
            }

            Append(glyph.Glyph.Value, glyph.Style);
        }

        Flush();
        return runs;

        void Append(string value, RunStyle next)
        {
            if (next != style)
            {
                Flush();
                style = next;
            }

            text.Append(value);
        }

        void Flush()
        {
            if (text.Length > 0)
            {
                runs.Add(new StyledRun(text.ToString(), style));
                text.Clear();
            }
        }
    }

    /// <summary>The row split where a gap is much wider than a space: the columns of the first page's masthead.</summary>
    public IReadOnlyList<string> Cells()
    {
        var cells = new List<string>();
        var start = 0;
        for (var i = 1; i <= Glyphs.Length; i++)
        {
            if (i == Glyphs.Length || IsCellGap(Glyphs[i - 1].Glyph, Glyphs[i].Glyph))
            {
                cells.Add(Join(Glyphs.AsSpan()[start..i]));
                start = i;
            }
        }

        return cells;
    }

    /// <summary>A gap wider than <see cref="CellGap"/> times the smaller of the two sizes on either side of it, and than 12 points.</summary>
    private static bool IsCellGap(PdfGlyph before, PdfGlyph after) =>
        after.Left - before.Right > Math.Max(CellGap * Math.Min(before.Size, after.Size), 12);

    private static string Join(ReadOnlySpan<RowGlyph> glyphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (glyphs[i].SpaceBefore && i > 0)
            {
                text.Append(' ');
            }

            text.Append(glyphs[i].Glyph.Value);
        }

        return text.ToString();
    }

    public override string ToString() => $"p{Page} y={Baseline:F1} x={Left:F1} {Size}pt: {Text}";
}
