namespace SiteGen.Core.Build;

/// <summary>
/// What one build reads, where it writes and what it writes; <see cref="BaseUrl"/> overrides the configuration's.
/// Leaving out <see cref="OutputFormats.Epub"/> makes a site whose e-book links lead nowhere: it is for previews
/// and benchmarks.
/// </summary>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "output",
    string ConfigurationPath = SiteConfiguration.FileName,
    string? BaseUrl = null,
    OutputFormats Formats = OutputFormats.All);
