using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>A language version the site will publish, known before its text is read: metadata and source path.</summary>
public sealed record SitePlanEntry(DocumentMetadata Metadata, string SourcePath);
