namespace SiteGen.Core.Rendering.Site;

/// <summary>A link from a document page to its parallel view beside another built version (<c>page.parallels</c>).</summary>
internal sealed record ParallelLinkView(string Lang, string Dir, string Name, string Href) : ITemplateView<ParallelLinkView>;
