using Scriban.Runtime;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The global variables of a parallel view (<c>templates/site/parallel.sbn</c>): <c>site</c>, <c>page</c> and
/// <c>strings</c> as on every page (in the left version's language) and <c>parallel</c> (<see cref="ParallelView"/>).
/// </summary>
internal static class ParallelPageModel
{
    public static ScriptObject ForPair(SiteContext site, (SiteEdition Edition, ParallelColumn Column) left, (SiteEdition Edition, ParallelColumn Column) right, UiStrings strings, Func<string, string> languageName, DiagnosticBag diagnostics)
    {
        var paths = left.Edition.Paths;
        var root = paths.RootFromParallel;
        var page = SitePageModel.Page(site, left.Edition.Language, root, "parallel", site.Absolute(paths.ParallelDirectory(right.Edition.Language)));
        var leftVersion = Version(left, root, languageName);
        var rightVersion = Version(right, root, languageName);
        var rows = ParallelAlignment.Align(left.Column.Units, right.Column.Units);
        var sections = new List<ParallelSectionView>(3);
        foreach (var (part, id, heading) in new[]
        {
            (ParallelPart.Preamble, "preamble", "preamble_heading"),
            (ParallelPart.Operative, "operative", "operative_heading"),
            (ParallelPart.AdoptedText, "adopted-text", ""),
            (ParallelPart.Notes, "notes", "notes_heading"),
        })
        {
            var partRows = rows.Where(row => row.Part == part).Select(row => new ParallelRowView(
                row.Id,
                row.Depth,
                Cell(row.Left, leftVersion),
                Cell(row.Right, rightVersion))).ToArray();
            if (partRows.Length > 0)
            {
                // The adopted text's heading is its own, in the left version's words (or the right's, where only it has one).
                var title = part == ParallelPart.AdoptedText
                    ? (left.Column.AdoptedTextHeading.Length > 0 ? left.Column.AdoptedTextHeading : right.Column.AdoptedTextHeading)
                    : strings.Require(heading, diagnostics);
                sections.Add(new ParallelSectionView(id, title, partRows));
            }
        }

        var model = SitePageModel.Globals(site, page, strings);
        model["parallel"] = new ParallelView(
            left.Edition.Metadata.Symbol,
            leftVersion,
            rightVersion,
            root + right.Edition.Paths.ParallelDirectory(left.Edition.Language) + Publishing.EditionPaths.PageFileName,
            [.. sections]);
        return model;
    }

    private static ParallelVersionView Version((SiteEdition Edition, ParallelColumn Column) version, string root, Func<string, string> languageName)
    {
        var language = version.Edition.Language;
        return new ParallelVersionView(language.Tag, language.Code, SitePageModel.Direction(language), languageName(language.Tag), version.Column.Title, root + version.Edition.Paths.Page);
    }

    // A unit the version lacks keeps the version's language (the cell's name says whose it is); the template marks
    // the words saying so in the page's language.
    private static ParallelCellView Cell(ParallelUnit? unit, ParallelVersionView version) =>
        unit is null
            ? new ParallelCellView(version.Lang, version.Dir, version.Name, "", "", Missing: true)
            : new ParallelCellView(version.Lang, version.Dir, version.Name, unit.Label, unit.Text, Missing: false);
}
