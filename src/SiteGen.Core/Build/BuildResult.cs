namespace SiteGen.Core.Build;

/// <summary>The outcome of a build: whether the site was published, and a summary per document.</summary>
public sealed record BuildResult(bool Published, IReadOnlyList<DocumentSummary> Documents, string SiteDirectory);
