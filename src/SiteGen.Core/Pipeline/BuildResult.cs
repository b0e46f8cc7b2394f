using SiteGen.Core.Publishing;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The outcome of a build: whether the site was published, a summary per document published, the documents that
/// failed in a build that kept going (<see cref="BuildOptions.KeepGoing"/>), and how long each stage took.
/// </summary>
public sealed record BuildResult(bool Published, IReadOnlyList<DocumentSummary> Documents, string SiteDirectory, IReadOnlyList<StageTiming> Stages)
{
    /// <summary>The documents with errors that a build that kept going did not publish anew.</summary>
    public IReadOnlyList<DocumentFailure> Failures { get; init; } = [];

    internal static BuildResult Failed(BuildOptions options, StageTimings stages) =>
        new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName), stages.All);
}
