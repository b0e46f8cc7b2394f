using System.Collections.Immutable;

namespace SiteGen.Core.Importing;

/// <summary>
/// Groups a page's glyphs into printed lines, top to bottom. Glyphs whose baselines lie within a fifth of their size
/// of each other are one line; a group of small raised glyphs just above a line is that line's superscripts
/// (<see cref="SuperscriptRecognizer"/>). Within a line, a space comes before a glyph where the PDF drew one or
/// where the gap is wider than a letter's spacing; never before a superscript, which belongs to the word it follows.
/// </summary>
internal static class RowRecognizer
{
    /// <summary>Two glyphs are on one baseline when it differs by less than this part of their size.</summary>
    private const double BaselineTolerance = 0.2;

    /// <summary>Without a drawn space, a gap wider than this part of the text size is a space.</summary>
    private const double SpaceGap = 0.3;

    public static IReadOnlyList<TextRow> Recognize(PdfPageGlyphs page)
    {
        var glyphs = page.Glyphs.ToArray();
        Array.Sort(glyphs, static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var clusters = Cluster(glyphs);
        var rows = new List<TextRow>(clusters.Count);
        var raised = new List<PdfGlyph>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = glyphs.AsSpan(clusters[i]);
            if (!HasInk(cluster))
            {
                continue;
            }

            if (i + 1 < clusters.Count && SuperscriptRecognizer.IsSuperscriptOf(cluster, glyphs.AsSpan(clusters[i + 1])))
            {
                raised.AddRange(cluster);
                continue;
            }

            rows.Add(Build(page.Number, cluster, raised));
            raised.Clear();
        }

        return rows;
    }

    /// <summary>Glyphs sorted top down; a glyph joins the group above when its baseline is close enough.</summary>
    private static List<Range> Cluster(PdfGlyph[] glyphs)
    {
        var clusters = new List<Range>();
        var start = 0;
        var baseline = 0.0;
        var size = 0.0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            if (i > start && baseline - glyph.Baseline <= BaselineTolerance * Math.Max(size, glyph.Size))
            {
                size = Math.Max(size, glyph.IsBlank ? 0 : glyph.Size);
                continue;
            }

            if (i > start)
            {
                clusters.Add(start..i);
            }

            start = i;
            baseline = glyph.Baseline;
            size = glyph.IsBlank ? 0 : glyph.Size;
        }

        if (glyphs.Length > start)
        {
            clusters.Add(start..glyphs.Length);
        }

        return clusters;
    }

    private static bool HasInk(ReadOnlySpan<PdfGlyph> glyphs)
    {
        foreach (var glyph in glyphs)
        {
            if (!glyph.IsBlank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One row from a line's glyphs and the superscripts raised above it, left to right, with the spaces between words found.</summary>
    private static TextRow Build(int page, ReadOnlySpan<PdfGlyph> line, List<PdfGlyph> raised)
    {
        var ordered = new RowGlyph[line.Length + raised.Count];
        var size = 0.0;
        for (var i = 0; i < line.Length; i++)
        {
            ordered[i] = new RowGlyph(line[i], Superscript: false, SpaceBefore: false);
            size = Math.Max(size, line[i].IsBlank ? 0 : line[i].Size);
        }

        for (var i = 0; i < raised.Count; i++)
        {
            ordered[line.Length + i] = new RowGlyph(raised[i], Superscript: true, SpaceBefore: false);
        }

        Array.Sort(ordered, static (a, b) => a.Glyph.Left.CompareTo(b.Glyph.Left));
        var placed = ImmutableArray.CreateBuilder<RowGlyph>(ordered.Length);
        var blankSince = false;
        PdfGlyph? previous = null;
        foreach (var candidate in ordered)
        {
            var glyph = candidate.Glyph;
            if (glyph.IsBlank)
            {
                blankSince = true;
                continue;
            }

            if (previous is { } before && before.Value == glyph.Value && Math.Abs(before.Left - glyph.Left) < 0.3 * (glyph.Right - glyph.Left))
            {
                // The same glyph drawn twice at almost the same place: a bold face made by overprinting.
                continue;
            }

            var superscript = candidate.Superscript;
            var spaceBefore = previous is { } prior
                && !superscript
                && (blankSince || glyph.Left - prior.Right > SpaceGap * (placed[^1].Superscript ? size / 2 : size));
            placed.Add(new RowGlyph(glyph, superscript, spaceBefore));
            previous = glyph;
            blankSince = false;
        }

        return new TextRow(page, placed.ToImmutable());
    }
}
