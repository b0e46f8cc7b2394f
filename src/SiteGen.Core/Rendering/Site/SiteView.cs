namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The site as every page's template reads it (<c>site</c>); see <see cref="SitePageModel"/>. <c>title_lang</c> is the
/// title's language where it is not the page's, "" where it is.
/// </summary>
internal sealed record SiteView(string Title, string BaseUrl, string TitleLang) : ITemplateView<SiteView>;
