using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// <c>build --keep-going</c>: one broken document does not hold the others back. Every good document is published;
/// one with an error keeps its last good edition, or, when it has none, is left out: the index lists only what is
/// published, and when a document is left out, the build runs again without it (its other language versions and
/// the documents citing it link to it otherwise), so that every link of the site leads to a page. The errors are reported as always.
/// </summary>
internal static class KeepGoingBuild
{
    /// <summary>A build that keeps going, given one pass of the build (its diagnostics, the documents it leaves out).</summary>
    public static BuildResult Run(Func<DiagnosticBag, IReadOnlySet<DocumentSource>?, (BuildResult Result, DocumentResults? Retry)> pass, DiagnosticBag diagnostics)
    {
        var first = new DiagnosticBag();
        var (result, retry) = pass(first, null);
        if (retry is null)
        {
            diagnostics.AddRange(first.Items);
            return result;
        }

        // The second pass reports every document but those left out, whose errors the first pass found.
        var (second, _) = pass(diagnostics, retry.LeftOut.ToHashSet());
        diagnostics.AddRange(retry.LeftOutDiagnostics);
        return second with { Failures = [.. second.Failures, .. retry.Failures.Where(f => !f.KeptLastGood)] };
    }

    /// <summary>
    /// Whether this pass leaves a document out that other pages may link to: any, since its other language versions
    /// link to it and the pages of the documents that cite it link to it at their references.
    /// </summary>
    public static bool LinksToLeftOut(EditionPlan plan, DocumentResults documents) =>
        documents.LeftOut.Count > 0 && plan.Documents.Count > documents.LeftOut.Count;
}
