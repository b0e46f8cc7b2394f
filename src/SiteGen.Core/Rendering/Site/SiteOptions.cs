namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// How the site is published. <paramref name="BaseUrl"/> is the absolute address of the site root with a trailing
/// slash (<c>https://example.org/sitegen/</c>); it is used only for canonical, alternate and Open Graph addresses and
/// for the 404 page's links, never for links between pages, which are relative. <paramref name="SiteTitleLanguage"/> is
/// the language the site's title is written in (a BCP 47 tag), marked wherever a page of another language shows it.
/// Without <paramref name="Books"/> the build makes no e-books, and no page links one.
/// </summary>
public sealed record SiteOptions(string BaseUrl, string SiteTitle, string SiteTitleLanguage = "en", bool Books = true);
