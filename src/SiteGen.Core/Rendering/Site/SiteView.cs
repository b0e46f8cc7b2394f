namespace SiteGen.Core.Rendering.Site;

/// <summary>The site as every page's template reads it (<c>site</c>); see <see cref="SitePageModel"/>.</summary>
internal sealed record SiteView(string Title, string BaseUrl);
