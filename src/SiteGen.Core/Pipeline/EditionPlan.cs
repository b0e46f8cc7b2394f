using System.Runtime.InteropServices;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Incremental;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The plan stage's result: the documents in content order, the languages each symbol is published in (a page
/// links to its other language versions), what the last build published for each document that is unchanged, and
/// the site being written (when the site is one of the formats).
/// </summary>
internal sealed class EditionPlan
{
    private readonly Dictionary<string, string[]> _languages;

    private EditionPlan(IReadOnlyList<DocumentSource> documents, Dictionary<string, string[]> languages, PublishedDocument?[] unchanged, SitePublication? site, DocumentRenderers renderers)
    {
        Documents = documents;
        _languages = languages;
        Unchanged = unchanged;
        Site = site;
        Renderers = renderers;
    }

    public IReadOnlyList<DocumentSource> Documents { get; }

    /// <summary>For each document, what the last build published for it if it is unchanged; null for each one to build.</summary>
    public PublishedDocument?[] Unchanged { get; }

    public SitePublication? Site { get; }

    /// <summary>Whether most documents are built rather than kept from the last build (a first build, a change to the templates).</summary>
    public bool BuildsMost => Unchanged.Count(published => published is null) * 2 > Unchanged.Length;

    public DocumentRenderers Renderers { get; }

    /// <summary>Every document of the edition by canonical symbol and language: a page's links to them lead here.</summary>
    public required IReadOnlySet<(string Symbol, string Language)> Edition { get; init; }

    /// <summary>The site's pages are planned on another core while every document is checked against the build history.</summary>
    public static EditionPlan Make(EditionSources sources, EditionConfiguration configuration, IBuildHistory history, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var documents = sources.Documents;
        var planning = Task.Run(() => PlanSite(documents, configuration), cancellation);
        var languages = Languages(documents);
        var unchanged = new PublishedDocument?[documents.Count];
        var edition = documents.Select(d => (EditionPaths.CanonicalSymbol(d.Metadata.Symbol), d.Metadata.Language)).ToHashSet();

        // Which documents are cited is known only once every changed one is read: until then, as the last build found.
        var citations = configuration.Options.Formats.HasFlag(OutputFormats.Site)
            ? history.LastCitations(documents)
            : EditionCitations.None;
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
            unchanged[i] = history.Unchanged(documents[i], languages[documents[i].Metadata.Symbol], edition, citations.IsCited(documents[i].Metadata.Symbol, documents[i].Metadata.Language)));
        var (site, siteDiagnostics) = planning.GetAwaiter().GetResult();
        diagnostics.AddRange(siteDiagnostics.Items);
        if (site is not null)
        {
            site.Citations = citations;
        }

        configuration.Renderers.Ready(cancellation);
        return new EditionPlan(documents, languages, unchanged, site, configuration.Renderers) { Edition = edition };
    }

    /// <summary>Whether the page of a document is written as cited by another document (<see cref="SitePublication.Citations"/>).</summary>
    public bool IsCited(DocumentSource source) => Site?.IsCited(source.Metadata) ?? false;

    /// <summary>The languages a document's symbol is published in, sorted (ordinal).</summary>
    public IReadOnlyList<string> LanguagesOf(DocumentSource source) => _languages[source.Metadata.Symbol];

    /// <summary>
    /// The site's own files: kept when what they show of these documents is as it was, else written again into the
    /// staging folder; null after an error in them.
    /// </summary>
    public SiteFiles? FinishSite(IReadOnlyList<DocumentOutcome> documents, IBuildHistory history, string siteDirectory, DiagnosticBag diagnostics)
    {
        var metadata = new Dictionary<(string Symbol, string Language), DocumentMetadata>(Documents.Count);
        foreach (var source in Documents)
        {
            metadata.TryAdd((source.Metadata.Symbol, source.Metadata.Language), source.Metadata);
        }

        var shows = BuildKeys.SiteShows(documents.Select(d => (metadata[(d.Published.Symbol, d.Published.Language)], d.Published, _languages[d.Published.Symbol].Length > 1)));
        if (history.KeptSiteFiles(shows) is { } kept)
        {
            return new SiteFiles(kept, [], shows);
        }

        var found = new DiagnosticBag();
        var written = Site?.Finish(siteDirectory, found) ?? [];
        diagnostics.AddRange(found.Items);
        return found.HasErrors ? null : new SiteFiles(null, written, shows);
    }

    private static Dictionary<string, string[]> Languages(IReadOnlyList<DocumentSource> sources)
    {
        var languages = new Dictionary<string, string[]>(sources.Count, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            ref var tags = ref CollectionsMarshal.GetValueRefOrAddDefault(languages, source.Metadata.Symbol, out _);
            tags = tags is null ? [source.Metadata.Language] : [.. tags, source.Metadata.Language];
        }

        foreach (var tags in languages.Values)
        {
            Array.Sort(tags, StringComparer.Ordinal);
        }

        return languages;
    }

    private static (SitePublication? Site, DiagnosticBag Diagnostics) PlanSite(IReadOnlyList<DocumentSource> sources, EditionConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        var site = configuration.Options.Formats.HasFlag(OutputFormats.Site)
            ? configuration.Renderers.Site.Begin(
                [.. sources.Select(s => new SitePlanEntry(s.Metadata, s.DisplayPath))],
                new SiteOptions(configuration.Site.BaseUrl, configuration.Site.SiteTitle, configuration.Site.SiteTitleLanguage, configuration.Options.Formats.HasFlag(OutputFormats.Epub)),
                diagnostics)
            : null;
        return (site, diagnostics);
    }
}
