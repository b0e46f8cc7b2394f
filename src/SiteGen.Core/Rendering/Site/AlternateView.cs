namespace SiteGen.Core.Rendering.Site;

/// <summary>One language version of a page, the page's own included (<c>page.alternates</c>); see <see cref="SitePageModel"/>.</summary>
internal sealed record AlternateView(string Lang, string LangCode, string Name, string Href, string Url, bool Current) : ITemplateView<AlternateView>;
