namespace SiteGen.Core.Rendering.Site;

/// <summary>One body's documents on a browse page (<c>browse.groups</c>), by session or year, newest first, with its own page; no heading on a page of one body.</summary>
internal sealed record BrowseGroupView(string Heading, string Href, string Count, BrowseSessionView[] Sessions) : ITemplateView<BrowseGroupView>;
