using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.References;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Which documents of the edition cite which, for the cited-by pages: the citations each document makes, gathered by
/// the document they cite, in its language (a document's references to itself are left out), in the order the citing
/// documents are given and their citations made. A document is cited when another document in its language cites it;
/// only a cited document has a cited-by page, and only its page links to one.
/// </summary>
public sealed class EditionCitations
{
    private readonly Lazy<Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>> _incoming;
    private readonly IReadOnlySet<(string Symbol, string Language)>? _cited;

    private EditionCitations(Lazy<Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>> incoming, IReadOnlySet<(string Symbol, string Language)>? cited)
    {
        _incoming = incoming;
        _cited = cited;
    }

    /// <summary>An edition in which no document cites another.</summary>
    public static EditionCitations None { get; } = new(new Lazy<Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>>([]), null);

    /// <summary>The citations the documents make of each other, keyed by the cited document's canonical symbol and language tag.</summary>
    public static EditionCitations Of(IEnumerable<CitingDocument> documents) => new(new Lazy<Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>>(Incoming(documents)), null);

    /// <summary>
    /// The citations of an edition in which it is already known which documents are cited (by symbol and language),
    /// so that a page can be written without them; <paramref name="documents"/> are gathered only when a cited-by page asks.
    /// </summary>
    public static EditionCitations Known(IEnumerable<(string Symbol, string Language)> cited, Func<IEnumerable<CitingDocument>> documents) =>
        new(new Lazy<Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>>(() => Incoming(documents())), cited.Select(d => (EditionPaths.CanonicalSymbol(d.Symbol), Tag(d.Language))).ToHashSet());

    private static Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>> Incoming(IEnumerable<CitingDocument> documents)
    {
        var incoming = new Dictionary<(string Symbol, string Language), List<(CitingDocument From, Citation Citation)>>();
        foreach (var document in documents)
        {
            var own = EditionPaths.CanonicalSymbol(document.Symbol);
            var language = Tag(document.Language);
            foreach (var citation in document.Citations)
            {
                if (!string.Equals(citation.Symbol, own, StringComparison.Ordinal))
                {
                    if (!incoming.TryGetValue((citation.Symbol, language), out var list))
                    {
                        incoming[(citation.Symbol, language)] = list = [];
                    }

                    list.Add((document, citation));
                }
            }
        }

        return incoming;
    }

    /// <summary>Whether another document in its language cites the document with this symbol.</summary>
    public bool IsCited(string symbol, string language) =>
        _cited?.Contains((EditionPaths.CanonicalSymbol(symbol), Tag(language))) ?? _incoming.Value.ContainsKey((EditionPaths.CanonicalSymbol(symbol), Tag(language)));

    /// <summary>The citations of the document with this symbol in this language, by the documents that make them.</summary>
    public IReadOnlyList<(CitingDocument From, Citation Citation)> Of(string symbol, string language) =>
        _incoming.Value.GetValueOrDefault((EditionPaths.CanonicalSymbol(symbol), Tag(language))) ?? [];

    // A language as its tag (zh-Hans is zh), so that a metadata file's spelling and a page's agree.
    private static string Tag(string language) => UnLanguage.TryFind(language, out var found) ? found.Tag : language;
}
