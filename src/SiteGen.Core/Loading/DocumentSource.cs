using SiteGen.Core.Model;

namespace SiteGen.Core.Loading;

/// <summary>One language version to publish: its source file and the metadata the text lacks.</summary>
public sealed record DocumentSource(string SourcePath, string DisplayPath, DocumentMetadata Metadata);
