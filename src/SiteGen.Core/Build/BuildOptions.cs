namespace SiteGen.Core.Build;

/// <summary>What one build reads and where it writes; <see cref="BaseUrl"/> overrides the configuration's.</summary>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "output",
    string ConfigurationPath = SiteConfiguration.FileName,
    string? BaseUrl = null);
