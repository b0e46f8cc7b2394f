using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.References;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Renders the website (DESIGN.md, "Website requirements") through the templates in <c>templates/site/</c>: one
/// page per language version at <see cref="Publishing.EditionPaths.Page"/>, the root index, a 404 page and the
/// static assets with content-hashed names. Links between pages are relative. Template problems are reported as
/// diagnostics, never thrown; identical input gives identical bytes.
/// A site is rendered in three steps so that a large corpus never has to be in memory at once:
/// <see cref="Begin"/> plans the pages from the documents' metadata, <see cref="SitePublication.WritePage"/> writes
/// each document's page as soon as it is modelled (from any thread), <see cref="SitePublication.Finish"/> writes
/// the index, the 404 page and the assets.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>The response-headers file static hosts read from the site root.</summary>
    public const string HeadersFileName = "_headers";

    private readonly TemplateRenderer _templates;

    // Read and hashed once, by the preload when there is one.
    private readonly Lazy<SiteAssets> _assets;

    public SiteRenderer(string templatesDirectory)
    {
        _templates = new TemplateRenderer(templatesDirectory);
        _assets = new(() => SiteAssets.Load(Path.Combine(templatesDirectory, "site", "assets")));
    }

    /// <summary>Parses the page templates and reads the assets ahead of the first page.</summary>
    public void Preload()
    {
        _templates.Preload(["site/document.sbn", "site/index.sbn", "site/404.sbn", "site/parallel.sbn", "site/search.sbn", "site/cited-by.sbn"]);
        _ = _assets.Value;
    }

    /// <summary>
    /// Renders the whole site from documents already modelled; each page links the files <paramref name="downloads"/>
    /// gives for it (by default none: the site alone makes no e-book or model export).
    /// </summary>
    public void Render(IReadOnlyList<ResolutionDocument> documents, SiteOptions options, string siteDirectory, DiagnosticBag diagnostics, Func<ResolutionDocument, DownloadSizes>? downloads = null)
    {
        var site = Begin([.. documents.Select(d => new SitePlanEntry(d.Metadata, d.Source.Path))], options, diagnostics);
        if (site is null)
        {
            return;
        }

        site.Citations = EditionCitations.Of(documents.Select(d => new CitingDocument(d.Metadata.Symbol, d.Metadata.Language, CitationCollector.Collect(d))));
        foreach (var document in documents)
        {
            site.WritePage(document, siteDirectory, diagnostics, downloads?.Invoke(document) ?? DownloadSizes.None);
        }

        site.Finish(siteDirectory, diagnostics);
    }

    /// <summary>
    /// Plans the site's pages: checks the base address, the symbols and languages, loads the assets and the
    /// strings of every language. Returns null when the site cannot be published at all.
    /// </summary>
    public SitePublication? Begin(IReadOnlyList<SitePlanEntry> entries, SiteOptions options, DiagnosticBag diagnostics)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, "", 1, 1, $"the site's base URL must be an absolute http or https address: '{options.BaseUrl}'");
            return null;
        }

        var site = new SiteContext(options, baseUri, _assets.Value);
        return new SitePublication(_templates, site, entries, diagnostics);
    }
}
