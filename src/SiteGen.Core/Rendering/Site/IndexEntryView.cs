namespace SiteGen.Core.Rendering.Site;

/// <summary>One language version of a document as the index lists it (<c>documents</c>); see <see cref="SitePageModel"/>.</summary>
internal sealed record IndexEntryView(string Lang, string LangCode, string Dir, string LanguageName, string Symbol, string Title, string Href, string EpubHref) : ITemplateView<IndexEntryView>;
