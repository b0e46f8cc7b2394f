namespace SiteGen.Core.Pipeline;

/// <summary>
/// What one build reads, where it writes and what it writes; <see cref="BaseUrl"/> overrides the configuration's.
/// Leaving out <see cref="OutputFormats.Epub"/> makes a site whose e-book links lead nowhere: it is for previews
/// and benchmarks. <see cref="Incremental"/> lets the build keep the published files of documents whose inputs
/// have not changed since the last build; without it every document is rendered again. Without
/// <see cref="Publish"/> the build is a check (<c>check DIR</c>): every stage runs, every file is written into a
/// generation of the output folder, and that generation is removed instead of published, so the check reports
/// exactly what a build would. With <see cref="KeepGoing"/> a document with an error does not stop the others:
/// every good document is published, a failed one keeps its last good edition (or is left out), and the build
/// reports its errors (<see cref="KeepGoingBuild"/>).
/// Without <see cref="Search"/> the site is published without its search index.
/// </summary>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "output",
    string ConfigurationPath = SiteConfiguration.FileName,
    string? BaseUrl = null,
    OutputFormats Formats = OutputFormats.All,
    bool Incremental = true,
    bool Publish = true,
    bool KeepGoing = false,
    bool Search = true);
