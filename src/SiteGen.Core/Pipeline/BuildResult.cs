using SiteGen.Core.Publishing;

namespace SiteGen.Core.Pipeline;

/// <summary>The outcome of a build: whether the site was published, a summary per document and how long each stage took.</summary>
public sealed record BuildResult(bool Published, IReadOnlyList<DocumentSummary> Documents, string SiteDirectory, IReadOnlyList<StageTiming> Stages)
{
    internal static BuildResult Failed(BuildOptions options, StageTimings stages) =>
        new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName), stages.All);
}
