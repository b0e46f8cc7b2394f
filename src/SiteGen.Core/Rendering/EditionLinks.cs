using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The documents of the edition by symbol and language, so that a reference to one of them in a page links to its
/// page here (at the paragraph the reference names) rather than to undocs.org. Only a version in the page's own
/// language is linked: a reader stays in the language they read. Made once per build from the plan, before any
/// page is written; every page of a build sees the same documents.
/// </summary>
internal sealed class EditionLinks
{
    /// <summary>No documents: every reference links to undocs.org (the e-book, a page rendered alone).</summary>
    public static readonly EditionLinks None = new([]);

    private readonly HashSet<(string Symbol, string Language)> _editions;

    public EditionLinks(IEnumerable<(string Symbol, UnLanguage Language)> editions)
    {
        _editions = [.. editions.Select(e => (EditionPaths.CanonicalSymbol(e.Symbol), e.Language.Tag))];
    }

    /// <summary>Whether the edition has a page of the cited document in the language of the page of <paramref name="from"/>.</summary>
    public bool HasPage(string symbol, EditionPaths from) =>
        _editions.Count > 0 && _editions.Contains((EditionPaths.CanonicalSymbol(symbol), from.Language.Tag));

    /// <summary>
    /// The address, relative to the page of <paramref name="from"/>, of the cited document's page in the same
    /// language and of the paragraph named; null when the edition has no such page (or the reference is the page's own document).
    /// </summary>
    public string? Href(string symbol, EditionPaths from, UnitId? paragraph)
    {
        var canonical = EditionPaths.CanonicalSymbol(symbol);
        if (!_editions.Contains((canonical, from.Language.Tag)))
        {
            return null;
        }

        var fragment = paragraph is { } unit ? "#" + unit : "";
        if (string.Equals(canonical, EditionPaths.CanonicalSymbol(from.Symbol), StringComparison.Ordinal))
        {
            // The page's own document: the paragraph on this page.
            return paragraph is null ? null : fragment;
        }

        return from.RootFromPage + new EditionPaths(canonical, from.Language).Directory + fragment;
    }
}
