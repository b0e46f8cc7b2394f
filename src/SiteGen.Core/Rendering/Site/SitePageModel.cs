using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.References;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The global variables of one site page: <c>site</c> (<see cref="SiteView"/>), <c>page</c> (<see cref="PageView"/>),
/// <c>strings</c> and, on a document page, <c>doc</c> (<see cref="DocumentViewModel"/>); the browse pages and the
/// parallel views add theirs (<see cref="BrowsePages"/>, <see cref="ParallelPageModel"/>).
/// </summary>
internal static class SitePageModel
{
    /// <param name="view">The document's view, when it was built before (shared with the e-book); else built here.</param>
    public static ScriptObject ForDocument(SiteContext site, ResolutionDocument document, SiteEdition edition, IReadOnlyList<SiteEdition> alternates, IReadOnlyList<UnLanguage> searchable, EditionLinks links, UiStrings strings, Func<string, string> languageName, DiagnosticBag diagnostics, DownloadSizes downloads, DocumentView? view = null)
    {
        var root = edition.Paths.RootFromPage;
        var canonical = site.Absolute(edition.Paths.Directory);
        // A build without e-books links none.
        var epubUrl = downloads.Epub is null ? null : site.Absolute(edition.Paths.Epub);
        var undocs = edition.Paths.UndocsUrl(edition.Metadata.Symbol);
        // The page's title and description, each made in one piece rather than by a template's concatenations.
        var title = document.Title + " (" + edition.Metadata.Symbol + ")";
        var preface = document.Preface;
        var separator = strings.Require("description_separator", diagnostics);
        var page = Page(site, edition.Language, root, "document", canonical, searchable) with
        {
            Title = title + " · " + site.Options.SiteTitle,
            OgTitle = title,
            Description = string.Concat(
                [preface.Session, separator, preface.Committee, separator, preface.DocumentType, " ", edition.Metadata.Symbol, strings.Require("document_type_separator", diagnostics), document.Title]),
            Alternates =
            [
                .. alternates.Select(other => new AlternateView(
                    other.Language.Tag,
                    other.Language.Code,
                    languageName(other.Language.Tag),
                    other == edition ? "index.html" : root + other.Paths.Page,
                    site.Absolute(other.Paths.Directory),
                    other == edition)),
            ],
            OgLocaleAlternates = [.. alternates.Where(other => other != edition).Select(other => OpenGraphLocale(other.Language))],
            Parallels =
            [
                .. alternates.Where(other => other != edition).Select(other => new ParallelLinkView(
                    other.Language.Tag,
                    Direction(other.Language),
                    languageName(other.Language.Tag),
                    edition.Paths.ParallelDirectory(other.Language)[edition.Paths.Directory.Length..] + Publishing.EditionPaths.PageFileName)),
            ],
            EpubHref = downloads.Epub is null ? null : edition.Paths.EpubFileName,
            EpubUrl = epubUrl,
            JsonLdHtml = new LegislationJsonLd(document, canonical, epubUrl, undocs, DocumentStandings.IsPassed(DocumentStandings.Of(document))),
            Header = DocumentHeaderModel.Build(
                new HeaderInputs(document, edition, alternates, canonical, undocs, edition.Paths.EpubFileName, edition.Paths.ModelFileName, downloads, edition.Paths.UndocsUrl),
                strings,
                diagnostics),
        };
        var model = Globals(site, page, strings);
        model["doc"] = view ?? DocumentViewModel.Build(document, strings, MarkupFlavor.Html, diagnostics, links);
        return model;
    }

    /// <summary>The 404 page is served at any depth, so its links start from the site's path on its host.</summary>
    public static ScriptObject ForNotFound(SiteContext site, UnLanguage language, IReadOnlyList<UnLanguage> searchable, UiStrings strings) =>
        Globals(site, Page(site, language, site.BasePath, "not-found", "", searchable), strings);

    /// <summary>
    /// The search page of one language (<see cref="SearchPagePath"/>), with links to the search pages of the site's
    /// other languages.
    /// </summary>
    public static ScriptObject ForSearch(SiteContext site, UnLanguage language, IReadOnlyList<UnLanguage> languages, UiStrings strings, Func<string, string> languageName)
    {
        const string root = "../../";
        var page = Page(site, language, root, "search", site.Absolute(SearchPagePath(language)[..^"index.html".Length]), languages) with
        {
            Alternates =
            [
                .. languages.Select(other => new AlternateView(
                    other.Tag,
                    other.Code,
                    languageName(other.Tag),
                    root + SearchPagePath(other),
                    site.Absolute(SearchPagePath(other)[..^"index.html".Length]),
                    other == language)),
            ],
            SearchJs = site.Assets.Contains("search.js") ? root + site.Assets["search.js"] : "",
            SearchIndex = root + Searching.SearchIndexer.FolderName + "/" + language.Code + "/",
        };
        return Globals(site, page, strings);
    }

    /// <summary>
    /// The cited-by page of an edition (<see cref="CitedByPath"/>): the documents of the edition, in its language,
    /// that cite it, each with its citing units and the paragraphs they name, and how often each paragraph is cited.
    /// </summary>
    public static ScriptObject ForCitedBy(SiteContext site, SiteEdition edition, string title, IReadOnlyList<(SiteEdition Citing, string Title, Citation Citation)> citations, IReadOnlyList<UnLanguage> searchable, UiStrings strings, DiagnosticBag diagnostics)
    {
        var root = edition.Paths.RootFromPage + "../";
        var symbol = edition.Metadata.Symbol;
        string Cited(string paragraph) => UnitCitation.Of(paragraph, symbol, edition.Language, strings, diagnostics);
        var documents = citations
            .GroupBy(c => c.Citing)
            .Select(group => new CitingDocumentView(
                group.First().Title,
                group.Key.Metadata.Symbol,
                root + group.Key.Paths.Page,
                [
                    .. group.Select(c => new CitingUnitView(
                        UnitCitation.Of(c.Citation.In, group.Key.Metadata.Symbol, edition.Language, strings, diagnostics),
                        root + group.Key.Paths.Page + "#" + c.Citation.In,
                        c.Citation.Paragraph,
                        c.Citation.Paragraph.Length == 0 ? "" : Cited(c.Citation.Paragraph),
                        c.Citation.Paragraph.Length == 0 ? "" : "../index.html#" + c.Citation.Paragraph)),
                ]))
            .ToArray();
        var paragraphs = citations
            .Where(c => c.Citation.Paragraph.Length > 0)
            .GroupBy(c => c.Citation.Paragraph, StringComparer.Ordinal)
            .Select(group => new CitedParagraphView(group.Key, Cited(group.Key), "../index.html#" + group.Key, group.Count()))
            .ToArray();
        var page = Page(site, edition.Language, root, "cited-by", site.Absolute(edition.Paths.Directory + CitedByFolder + "/"), searchable);
        var model = Globals(site, page, strings);
        model["cited_by"] = new CitedByView(symbol, title, "../index.html", documents, paragraphs);
        return model;
    }

    /// <summary>The folder of an edition's cited-by page, beside its page.</summary>
    public const string CitedByFolder = "cited-by";

    /// <summary>Where the cited-by page of an edition is, from the site's root.</summary>
    public static string CitedByPath(SiteEdition edition) => edition.Paths.Directory + CitedByFolder + "/index.html";

    /// <summary>Where the search page of a language is, from the site's root.</summary>
    public static string SearchPagePath(UnLanguage language) => $"{language.Code}/search/index.html";

    // Room for the variables every page has and those its template sets (the head's title and description).
    internal static ScriptObject Globals(SiteContext site, PageView page, UiStrings strings) => new(GlobalsCapacity)
    {
        // The title's language is marked where it differs from the page's.
        ["site"] = new SiteView(
            site.Options.SiteTitle,
            site.BaseUrl,
            string.Equals(site.Options.SiteTitleLanguage, page.Lang, StringComparison.OrdinalIgnoreCase) ? "" : site.Options.SiteTitleLanguage),
        ["page"] = page,
        ["strings"] = strings.ForTemplates(MarkupFlavor.Html),
    };

    private const int GlobalsCapacity = 12;

    internal static PageView Page(SiteContext site, UnLanguage language, string root, string kind, string canonical, IReadOnlyList<UnLanguage>? searchable = null)
    {
        var assets = site.Assets;
        return new PageView
        {
            Kind = kind,
            Lang = language.Tag,
            LangCode = language.Code,
            Dir = Direction(language),
            Root = root,
            HomeHref = root + "index.html",
            Css = assets.Contains("site.css") ? root + assets["site.css"] : "",
            Js = assets.Contains("site.js") ? root + assets["site.js"] : "",
            Icon = assets.Contains("icon.svg") ? root + assets["icon.svg"] : "",
            CanonicalUrl = canonical,
            OgLocale = OpenGraphLocale(language),
            // A page in a language no document is in searches the first language that has documents.
            SearchHref = searchable is null || searchable.Count == 0 ? "" : root + SearchPagePath(searchable.Contains(language) ? language : searchable[0]),
        };
    }

    internal static string Direction(UnLanguage language) => language.Code == "ar" ? "rtl" : "ltr";

    // Open Graph wants language_TERRITORY; these are the usual territories for the UN's languages.
    private static string OpenGraphLocale(UnLanguage language) => language.Code switch
    {
        "ar" => "ar_AR",
        "zh" => "zh_CN",
        "en" => "en_GB",
        "fr" => "fr_FR",
        "ru" => "ru_RU",
        "es" => "es_ES",
        _ => language.Code,
    };
}
