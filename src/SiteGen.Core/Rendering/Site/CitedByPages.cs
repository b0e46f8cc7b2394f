using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.References;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The cited-by pages of a site (<c>templates/site/cited-by.sbn</c>): one beside the page of each cited document
/// that is published, listing the published documents in its language that cite it.
/// </summary>
internal sealed class CitedByPages
{
    private readonly TemplateRenderer _templates;
    private readonly SiteContext _site;
    private readonly IReadOnlyList<UnLanguage> _searchable;

    public CitedByPages(TemplateRenderer templates, SiteContext site, IReadOnlyList<UnLanguage> searchable)
    {
        _templates = templates;
        _site = site;
        _searchable = searchable;
    }

    /// <summary>
    /// Writes the cited-by page of each of <paramref name="published"/> (in their order, with their titles; a language without strings has none)
    /// that <paramref name="citations"/> has citations of; <paramref name="find"/> gives the edition and title of a
    /// citing document, or null when it is not published. Returns the paths written, relative to the site.
    /// </summary>
    public List<string> Write(
        string siteDirectory,
        IEnumerable<(SiteEdition Edition, string Title)> published,
        Func<string, UiStrings?> stringsOf,
        EditionCitations citations,
        Func<CitingDocument, (SiteEdition Edition, string Title)?> find,
        DiagnosticBag diagnostics)
    {
        var written = new List<string>();
        foreach (var (edition, title) in published)
        {
            if (stringsOf(edition.Language.Tag) is not { } strings)
            {
                continue;
            }

            var incoming = citations.Of(edition.Metadata.Symbol, edition.Language.Tag);
            List<(SiteEdition, string, Citation)> citing = [];
            foreach (var (from, citation) in incoming)
            {
                if (find(from) is var (citingEdition, citingTitle))
                {
                    citing.Add((citingEdition, citingTitle, citation));
                }
            }

            if (citing.Count == 0)
            {
                continue;
            }

            var model = SitePageModel.ForCitedBy(_site, edition, title, citing, _searchable, strings, diagnostics);
            var path = SitePageModel.CitedByPath(edition);
            if (SitePageFile.Write(siteDirectory, path, output => _templates.Render("site/cited-by.sbn", model, output, diagnostics)))
            {
                written.Add(path);
            }
        }

        return written;
    }
}
