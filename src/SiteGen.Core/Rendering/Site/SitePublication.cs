using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.References;
using SiteGen.Core.Searching;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One site being written (see <see cref="SiteRenderer"/>): the planned editions in a fixed order (symbol, then
/// language tag), their strings and assets. Pages may be written from several threads at once; the index keeps
/// only each page's title, so memory does not grow with the size of the documents.
/// </summary>
public sealed class SitePublication
{
    private readonly TemplateRenderer _templates;
    private readonly SiteContext _site;
    private readonly List<SiteEdition> _editions;
    private readonly Dictionary<(string Symbol, string Language), SiteEdition> _bySymbolAndLanguage;
    private readonly Dictionary<string, UiStrings?> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SiteEdition, string> _titles;
    private readonly EditionLinks _links;

    private readonly ParallelViews _parallelViews;

    // The order of the editions: by symbol, then by language tag (ordinal).
    private static readonly Comparer<SiteEdition> EditionOrder = Comparer<SiteEdition>.Create((a, b) =>
    {
        var bySymbol = string.CompareOrdinal(a.Metadata.Symbol, b.Metadata.Symbol);
        return bySymbol != 0 ? bySymbol : string.CompareOrdinal(a.Language.Tag, b.Language.Tag);
    });

    internal SitePublication(TemplateRenderer templates, SiteContext site, IReadOnlyList<SitePlanEntry> entries, DiagnosticBag diagnostics)
    {
        _templates = templates;
        _site = site;
        // One title per edition, from any thread: sized once, and each edition is its own key (no record hashing).
        _titles = new(Environment.ProcessorCount, entries.Count, ReferenceEqualityComparer.Instance);
        _editions = new(entries.Count);
        _bySymbolAndLanguage = new(entries.Count);
        foreach (var entry in entries)
        {
            var metadata = entry.Metadata;
            if (!EditionPaths.IsSafeSymbol(metadata.Symbol))
            {
                diagnostics.Report(DiagnosticCatalog.UnsafeName, entry.SourcePath, 1, 1, $"the symbol '{metadata.Symbol}' cannot be published as a path");
                continue;
            }

            if (!UnLanguage.TryFind(metadata.Language, out var language))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, entry.SourcePath, 1, 1, $"'{metadata.Language}' is not a UN language");
                continue;
            }

            var edition = new SiteEdition(metadata, language, new EditionPaths(metadata.Symbol, language));
            if (!_bySymbolAndLanguage.TryAdd((metadata.Symbol, metadata.Language), edition))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, entry.SourcePath, 1, 1, $"{metadata.Symbol} in {language.Tag} is given twice");
                continue;
            }

            _editions.Add(edition);
        }

        _editions.Sort(EditionOrder);
        _parallelViews = new ParallelViews(templates, site, _editions);
        _links = new EditionLinks(_editions.Select(e => (e.Metadata.Symbol, e.Language)));
        Searchable = [.. _editions.Select(e => e.Language).Distinct().OrderBy(l => l.Tag, StringComparer.Ordinal)];

        // The index and the 404 page speak the documents' language when they share one, English otherwise.
        SiteLanguage = _editions.Select(e => e.Language).Distinct().Count() == 1 ? _editions[0].Language : UnLanguage.Find("en");
        foreach (var tag in _editions.Select(e => e.Language.Tag).Append(SiteLanguage.Tag).Distinct())
        {
            _strings[tag] = UiStrings.Load(templates.TemplatesDirectory, tag, diagnostics);
        }
    }

    private UnLanguage SiteLanguage { get; }

    /// <summary>
    /// The citations the pages are written for: a document's page links to its cited-by page when another document
    /// cites it. Set before pages are written, never while they are.
    /// </summary>
    public EditionCitations Citations { get; set; } = EditionCitations.None;

    /// <summary>Whether the page of a document is written as cited (<see cref="Citations"/>).</summary>
    public bool IsCited(DocumentMetadata metadata) => Citations.IsCited(metadata.Symbol, metadata.Language);

    /// <summary>The languages of the planned pages, each of which has a search page, in tag order.</summary>
    private IReadOnlyList<UnLanguage> Searchable { get; }

    /// <summary>The search index the pages are written for; null when the build leaves it out.</summary>
    internal SearchIndexer? Search { get; set; }

    /// <summary>
    /// Writes the page of one modelled document, if it was planned; safe to call from several threads.
    /// Returns false when it was not written (not planned, or a template error, which is reported).
    /// <paramref name="downloads"/> gives the files beside the page that it links, with their sizes.
    /// </summary>
    public bool WritePage(ResolutionDocument document, string siteDirectory, DiagnosticBag diagnostics, DownloadSizes downloads) =>
        WritePage(document, null, siteDirectory, diagnostics, downloads);

    /// <summary>The view of a document its page is built from, to be shared with its e-book; null when no page is planned for it.</summary>
    internal DocumentView? View(ResolutionDocument document, DiagnosticBag diagnostics) =>
        Plan(document) is var (_, strings) ? DocumentViewModel.Build(document, strings, MarkupFlavor.Html, diagnostics, _links) : null;

    /// <summary>Writes the page from a view of the document already built (<see cref="View"/>), or from its own when null.</summary>
    internal bool WritePage(ResolutionDocument document, DocumentView? documentView, string siteDirectory, DiagnosticBag diagnostics, DownloadSizes downloads)
    {
        if (Plan(document) is not var (edition, strings))
        {
            return false;
        }

        var model = Model(document, documentView, edition, strings, downloads, diagnostics);
        if (!SitePageFile.Write(siteDirectory, edition.Paths.Page, output => _templates.Render("site/document.sbn", model, output, diagnostics)))
        {
            return false;
        }

        // The page's terms, when the site has an index.
        if (Search is not null && model["doc"] is DocumentView view && model["page"] is PageView { Header: { } header })
        {
            Search.Add(edition.Paths.Directory, SearchRecord.Of(document, view, header));
        }

        _titles[edition] = document.Title;
        _parallelViews.Add(edition, document);

        return true;
    }

    /// <summary>
    /// Takes back a page written for a document that failed afterwards (its e-book, say), which a build that keeps
    /// going does not publish: the index and the parallel views leave it out, unless it is kept as last published.
    /// </summary>
    public void Withdraw(DocumentMetadata metadata)
    {
        if (_bySymbolAndLanguage.TryGetValue((metadata.Symbol, metadata.Language), out var edition))
        {
            _titles.TryRemove(edition, out _);
            _parallelViews.Remove(edition);
            Search?.Withdraw(edition.Paths.Directory);
        }
    }

    /// <summary>
    /// Whether the page of a document can be kept from the last build: yes, unless it has other language versions
    /// (its parallel views are written again with every site) and no model export to read them from.
    /// </summary>
    public bool CanReuse(DocumentMetadata metadata, string? modelFile) =>
        modelFile is not null || !_parallelViews.IsMultilingual(metadata.Symbol);

    /// <summary>
    /// Counts the page of a document kept from the last build (it is not written again) in the index; its parallel
    /// views are made from <paramref name="modelFile"/>, its model export as the last build published it.
    /// </summary>
    public void Reuse(DocumentMetadata metadata, string title, string? modelFile = null)
    {
        if (_bySymbolAndLanguage.TryGetValue((metadata.Symbol, metadata.Language), out var edition))
        {
            _titles[edition] = title;
            _parallelViews.Add(edition, modelFile);
            Search?.Reuse(edition.Paths.Directory);
        }
    }

    /// <summary>Renders the page of one modelled document into a writer; false when it was not planned or a template failed.</summary>
    internal bool RenderPage(ResolutionDocument document, TextWriter output, DiagnosticBag diagnostics) =>
        Plan(document) is var (edition, strings) && Render(document, edition, strings, DownloadSizes.None, output, diagnostics);

    private (SiteEdition Edition, UiStrings Strings)? Plan(ResolutionDocument document) =>
        _bySymbolAndLanguage.TryGetValue((document.Metadata.Symbol, document.Metadata.Language), out var edition)
        && _strings[edition.Language.Tag] is { } strings
            ? (edition, strings)
            : null;

    private bool Render(ResolutionDocument document, SiteEdition edition, UiStrings strings, DownloadSizes downloads, TextWriter output, DiagnosticBag diagnostics) =>
        _templates.Render("site/document.sbn", Model(document, null, edition, strings, downloads, diagnostics), output, diagnostics);

    private Scriban.Runtime.ScriptObject Model(ResolutionDocument document, DocumentView? view, SiteEdition edition, UiStrings strings, DownloadSizes downloads, DiagnosticBag diagnostics)
    {
        var model = SitePageModel.ForDocument(_site, document, edition, VersionsOf(edition), Searchable, _links, strings, LanguageName, diagnostics, downloads, view);
        model["cited_by_href"] = IsCited(document.Metadata) ? SitePageModel.CitedByFolder + "/" + EditionPaths.PageFileName : "";
        return model;
    }

    /// <summary>
    /// The language versions of an edition's symbol, itself among them, in language order: a run of the editions,
    /// which are sorted by symbol. Found for each page written rather than kept for every symbol, since a rebuild
    /// may write one page.
    /// </summary>
    private List<SiteEdition> VersionsOf(SiteEdition edition)
    {
        // The edition itself, found in the order the editions are sorted in, then the run around it of its symbol.
        var first = _editions.BinarySearch(edition, EditionOrder);
        var end = first + 1;
        while (first > 0 && IsVersionOf(_editions[first - 1]))
        {
            first--;
        }

        while (end < _editions.Count && IsVersionOf(_editions[end]))
        {
            end++;
        }

        return _editions.GetRange(first, end - first);

        bool IsVersionOf(SiteEdition other) => string.Equals(other.Metadata.Symbol, edition.Metadata.Symbol, StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the index and the browse pages of the pages written so far (<see cref="BrowsePages"/>), the parallel
    /// views, the 404 page, the search pages, the assets and the response headers; returns the paths of the files
    /// written, relative to the site and sorted (ordinal).
    /// </summary>
    public IReadOnlyList<string> Finish(string siteDirectory, DiagnosticBag diagnostics)
    {
        var written = new CitedByPages(_templates, _site, Searchable).Write(
            siteDirectory,
            _editions.Where(_titles.ContainsKey).Select(e => (e, _titles[e])),
            tag => _strings[tag],
            Citations,
            PublishedEdition,
            diagnostics);
        if (_strings[SiteLanguage.Tag] is { } strings)
        {
            var pages = _editions.Where(_titles.ContainsKey).Select(e => (e, _titles[e])).ToList();
            foreach (var (path, model) in new BrowsePages(_site, pages, SiteLanguage, strings, LanguageName, diagnostics).All())
            {
                // A template error would be the same on every page: reported once.
                if (!SitePageFile.Write(siteDirectory, path, output => _templates.Render("site/index.sbn", model, output, diagnostics)))
                {
                    break;
                }

                written.Add(path);
            }

            var notFound = SitePageModel.ForNotFound(_site, SiteLanguage, Searchable, strings);
            if (SitePageFile.Write(siteDirectory, "404.html", output => _templates.Render("site/404.sbn", notFound, output, diagnostics)))
            {
                written.Add("404.html");
            }
        }

        written.AddRange(_parallelViews.Write(siteDirectory, _editions, tag => _strings[tag], LanguageName, diagnostics));
        // A search page per language: the index is made per page language, and each page searches its own.
        foreach (var language in Searchable)
        {
            if (_strings[language.Tag] is { } languageStrings)
            {
                var path = SitePageModel.SearchPagePath(language);
                var search = SitePageModel.ForSearch(_site, language, Searchable, languageStrings, LanguageName);
                if (SitePageFile.Write(siteDirectory, path, output => _templates.Render("site/search.sbn", search, output, diagnostics)))
                {
                    written.Add(path);
                }
            }
        }

        written.AddRange(_site.Assets.WriteTo(siteDirectory));

        // Response headers for static hosts (Content-Security-Policy, caching of hashed assets), published as they are.
        var headers = Path.Combine(_templates.TemplatesDirectory, "site", SiteRenderer.HeadersFileName);
        if (File.Exists(headers))
        {
            File.Copy(headers, Path.Combine(siteDirectory, SiteRenderer.HeadersFileName), overwrite: true);
            written.Add(SiteRenderer.HeadersFileName);
        }

        written.Sort(StringComparer.Ordinal);
        return written;
    }

    // The edition and title of a document, if its page is published.
    private (SiteEdition Edition, string Title)? PublishedEdition(CitingDocument document) =>
        _bySymbolAndLanguage.TryGetValue((document.Symbol, document.Language), out var edition) && _titles.TryGetValue(edition, out var title)
            ? (edition, title)
            : null;

    private string LanguageName(string tag) => _strings.GetValueOrDefault(tag)?["language_name"] ?? tag;
}
