using SiteGen.Core.Incremental;

namespace SiteGen.Core.Pipeline;

/// <summary>The site's own files (index, 404 page, assets): those kept from the last build, or those written now (paths in the site).</summary>
internal sealed record SiteFiles(IReadOnlyList<PublishedFile>? Kept, IReadOnlyList<string> Written);
