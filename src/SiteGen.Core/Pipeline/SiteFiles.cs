using SiteGen.Core.Incremental;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The site's own files (index, 404 page, assets): those kept from the last build, or those written now (paths in the
/// site); and what they show of the documents (<see cref="BuildKeys.SiteShows"/>).
/// </summary>
internal sealed record SiteFiles(IReadOnlyList<PublishedFile>? Kept, IReadOnlyList<string> Written, string Shows);
