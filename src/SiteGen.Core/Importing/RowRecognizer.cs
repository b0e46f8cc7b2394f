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
        var clusters = Cluster(page.Glyphs);
        var rows = new List<TextRow>(clusters.Count);
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            if (!cluster.Exists(g => !g.Glyph.IsBlank))
            {
                continue;
            }

            if (i + 1 < clusters.Count && SuperscriptRecognizer.IsSuperscriptOf(Glyphs(cluster), Glyphs(clusters[i + 1])))
            {
                clusters[i + 1].AddRange(cluster.Select(g => g with { Superscript = true }));
                continue;
            }

            rows.Add(Build(page.Number, cluster));
        }

        return rows;
    }

    /// <summary>Glyphs by baseline, top down; a glyph joins the group above when its baseline is close enough.</summary>
    private static List<List<RowGlyph>> Cluster(ImmutableArray<PdfGlyph> glyphs)
    {
        var ordered = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var clusters = new List<List<RowGlyph>>();
        List<RowGlyph>? current = null;
        var baseline = 0.0;
        var size = 0.0;
        foreach (var glyph in ordered)
        {
            if (current is not null && baseline - glyph.Baseline <= BaselineTolerance * Math.Max(size, glyph.Size))
            {
                current.Add(new RowGlyph(glyph, Superscript: false, SpaceBefore: false));
                size = Math.Max(size, glyph.IsBlank ? 0 : glyph.Size);
                continue;
            }

            current = [new RowGlyph(glyph, Superscript: false, SpaceBefore: false)];
            clusters.Add(current);
            baseline = glyph.Baseline;
            size = glyph.IsBlank ? 0 : glyph.Size;
        }

        return clusters;
    }

    private static List<PdfGlyph> Glyphs(List<RowGlyph> cluster) => cluster.ConvertAll(g => g.Glyph);

    /// <summary>One row from a cluster, its glyphs left to right, with the spaces between words found.</summary>
    private static TextRow Build(int page, List<RowGlyph> cluster)
    {
        var ordered = cluster.OrderBy(g => g.Glyph.Left).ToList();
        var normalSizes = ordered.Where(g => !g.Glyph.IsBlank && !g.Superscript).Select(g => g.Glyph.Size).ToList();
        var size = normalSizes.Count > 0 ? normalSizes.Max() : ordered.Max(g => g.Glyph.Size);
        var placed = ImmutableArray.CreateBuilder<RowGlyph>(ordered.Count);
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
