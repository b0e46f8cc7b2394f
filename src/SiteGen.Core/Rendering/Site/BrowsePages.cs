using System.Globalization;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The site's browse pages, all made from the published editions' metadata and titles: the root (every document,
/// by body and session, newest first), the same list by symbol, and a page for each body, each session or year of a
/// body and each kind of document. Sorting and filtering are links between these pages, so they work without a
/// script. Each page is written through <c>templates/site/index.sbn</c> with <c>browse</c> (<see cref="BrowseView"/>).
/// </summary>
internal sealed class BrowsePages
{
    /// <summary>The folder under the site root that holds every browse page but the root.</summary>
    public const string Folder = "browse/";

    private readonly SiteContext _site;
    private readonly UnLanguage _language;
    private readonly UiStrings _strings;
    private readonly Func<string, string> _languageName;
    private readonly List<BrowseDocument> _documents;
    private readonly DiagnosticBag _diagnostics;

    public BrowsePages(SiteContext site, IReadOnlyList<(SiteEdition Edition, string Title)> editions, UnLanguage language, UiStrings strings, Func<string, string> languageName, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _site = site;
        _language = language;
        _strings = strings;
        _languageName = languageName;
        _documents = BrowseDocument.Gather(editions);
    }

    /// <summary>Every browse page: its path in the site and its template model, the root first.</summary>
    public IEnumerable<(string Path, ScriptObject Model)> All()
    {
        yield return Page("", "", _documents, Current.Newest, "", linkSessions: true);

        var bySymbol = _documents.OrderBy(d => d.Symbol, StringComparer.Ordinal).ToList();
        yield return Page(Folder + "by-symbol/", Text("browse_by_symbol_heading"), bySymbol, Current.BySymbol, "", linkSessions: false, oneRun: true);

        foreach (var body in Bodies())
        {
            var folder = BodyFolder(body.Key);
            yield return Page(folder, BodyName(body.Key), body.ToList(), Current.Body, folder, linkSessions: true, oneBody: true);
            foreach (var period in Periods(body))
            {
                var heading = BodyName(body.Key) + Text("browse_heading_separator") + PeriodName(period.Key);
                yield return Page(folder + period.Key.Slug + "/", heading, period.ToList(), Current.Body, folder, linkSessions: false, oneRun: true);
            }
        }

        foreach (var kind in Kinds())
        {
            var folder = KindFolder(kind.Key);
            yield return Page(folder, KindName(kind.Key), kind.ToList(), Current.Kind, folder, linkSessions: false);
        }
    }

    private enum Current
    {
        Newest,
        BySymbol,
        Body,
        Kind,
    }

    private IEnumerable<IGrouping<IssuingBody, BrowseDocument>> Bodies() => _documents.GroupBy(d => d.Body).OrderBy(g => g.Key);

    private IEnumerable<IGrouping<DocumentKind, BrowseDocument>> Kinds() => _documents.GroupBy(d => d.Kind).OrderBy(g => g.Key);

    // The documents are newest first already, so their periods come newest first too.
    private static IEnumerable<IGrouping<SymbolPeriod, BrowseDocument>> Periods(IEnumerable<BrowseDocument> documents) => documents.GroupBy(d => d.Period);

    private (string Path, ScriptObject Model) Page(string folder, string heading, List<BrowseDocument> documents, Current current, string currentFolder, bool linkSessions, bool oneRun = false, bool oneBody = false)
    {
        var root = string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/')));
        BrowseGroupView[] groups = oneRun
            ? [new BrowseGroupView("", "", "", [new BrowseSessionView("", "", "", Entries(documents, root))])]
            : oneBody
                ? [Group(documents[0].Body, documents, root, linkSessions, withHeading: false)]
                : [.. documents.GroupBy(d => d.Body).OrderBy(g => g.Key).Select(g => Group(g.Key, [.. g], root, linkSessions, withHeading: true))];
        var view = new BrowseView(
            heading,
            Count(documents.Count),
            [.. Bodies().Select(g => Link(BodyName(g.Key), root + BodyFolder(g.Key), g.Count(), current == Current.Body && currentFolder == BodyFolder(g.Key) && folder == currentFolder))],
            [.. Kinds().Select(g => Link(KindName(g.Key), root + KindFolder(g.Key), g.Count(), current == Current.Kind && currentFolder == KindFolder(g.Key)))],
            [
                Link(Text("browse_newest_first"), root, _documents.Count, current == Current.Newest),
                Link(Text("browse_by_symbol"), root + Folder + "by-symbol/", _documents.Count, current == Current.BySymbol),
            ],
            groups,
            _site.Options.Books);
        var page = SitePageModel.Page(_site, _language, root, folder.Length == 0 ? "index" : "browse", _site.Absolute(folder));
        var model = SitePageModel.Globals(_site, page, _strings);
        model["browse"] = view;
        return (folder + Publishing.EditionPaths.PageFileName, model);
    }

    private BrowseGroupView Group(IssuingBody body, List<BrowseDocument> documents, string root, bool linkSessions, bool withHeading)
    {
        var folder = BodyFolder(body);
        return new BrowseGroupView(
            withHeading ? BodyName(body) : "",
            withHeading ? root + folder + Publishing.EditionPaths.PageFileName : "",
            withHeading ? Count(documents.Count) : "",
            [
                .. Periods(documents).Select(period => new BrowseSessionView(
                    PeriodName(period.Key),
                    linkSessions ? root + folder + period.Key.Slug + "/" + Publishing.EditionPaths.PageFileName : "",
                    Count(period.Count()),
                    Entries([.. period], root))),
            ]);
    }

    private IndexEntryView[] Entries(List<BrowseDocument> documents, string root) =>
    [
        .. documents.SelectMany(document => document.Versions).Select(version => new IndexEntryView(
            version.Edition.Language.Tag,
            version.Edition.Language.Code,
            SitePageModel.Direction(version.Edition.Language),
            _languageName(version.Edition.Language.Tag),
            version.Edition.Metadata.Symbol,
            version.Title,
            root + version.Edition.Paths.Page,
            root + version.Edition.Paths.Epub)),
    ];

    private BrowseLinkView Link(string label, string folder, int count, bool current) =>
        new(label, folder + Publishing.EditionPaths.PageFileName, Count(count), current);

    private string Count(int count) =>
        count == 1 ? Text("browse_count_one") : Text("browse_count").Replace("{n}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // A string the strings file lacks is reported at the file, once per use, and left empty.
    private string Text(string key) => _strings.Require(key, _diagnostics);

    private static string BodyFolder(IssuingBody body) => Folder + "body/" + Slug(body.ToString()) + "/";

    private static string KindFolder(DocumentKind kind) => Folder + "type/" + Slug(kind.ToString()) + "/";

    private static string Slug(string name) => DocumentHeaderModel.Snake(name).Replace('_', '-');

    private string BodyName(IssuingBody body) => Text("epub_publisher_" + DocumentHeaderModel.Snake(body.ToString()));

    private string KindName(DocumentKind kind) => Text("browse_kind_" + DocumentHeaderModel.Snake(kind.ToString()));

    private string PeriodName(SymbolPeriod period) =>
        !period.IsKnown ? Text("browse_period_unknown")
        : period.IsYear ? period.Number.ToString(CultureInfo.InvariantCulture)
        : Text("browse_session").Replace("{n}", period.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
