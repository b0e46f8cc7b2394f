using SiteGen.Core.Publishing;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The outcome of a build: whether the site was published, a summary per document published, the documents that
/// failed in a build that kept going (<see cref="BuildOptions.KeepGoing"/>), how long each stage took and whether
/// the site was indexed for search.
/// </summary>
public sealed record BuildResult(bool Published, IReadOnlyList<DocumentSummary> Documents, string SiteDirectory, IReadOnlyList<StageTiming> Stages)
{
    /// <summary>The documents with errors that a build that kept going did not publish anew.</summary>
    public IReadOnlyList<DocumentFailure> Failures { get; init; } = [];

    /// <summary>False when the site was published without its search index (<c>--no-search</c>, or no site).</summary>
    public bool SearchIndexed { get; init; }

    internal static BuildResult Failed(BuildOptions options, StageTimings stages) =>
        new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName), stages.All);
}
