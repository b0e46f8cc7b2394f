namespace SiteGen.Core.Rendering.Site;

/// <summary>The documents of one session or year of a group (<c>group.sessions</c>), newest first, with its own page; no heading on a page that lists one run.</summary>
internal sealed record BrowseSessionView(string Heading, string Href, string Count, IndexEntryView[] Documents) : ITemplateView<BrowseSessionView>;
