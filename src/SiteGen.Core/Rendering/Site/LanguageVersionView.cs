namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One of the six official language versions of a document (<c>page.header.languages</c>): its name in its own
/// language, where it is read (this site's page when it is built, undocs.org in that language when not), whether it
/// is this page and whether it is the original.
/// </summary>
internal sealed record LanguageVersionView(string Lang, string Code, string Name, string Href, bool Built, bool Current, bool Original) : ITemplateView<LanguageVersionView>;
