using System.Diagnostics;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Build;

/// <summary>
/// Builds the edition, stage by stage (STYLE.md, "The shape"): Configure → Load → Model every document →
/// Render the site, the e-books and the model exports into a staging folder → Publish by swapping it in.
/// Nothing is rendered before every document has its model, and nothing is published after an error.
/// </summary>
public sealed class EditionBuilder
{
    private readonly Action<string>? _staged;

    public EditionBuilder()
    {
    }

    /// <summary>A builder that reports each folder it has finished staging, for tests that interrupt a build there.</summary>
    public EditionBuilder(Action<string> staged)
    {
        _staged = staged;
    }

    public BuildResult Build(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var configuration = Configure(options, diagnostics);
        if (configuration is null)
        {
            return Failed(options);
        }

        var sources = ContentLoader.Load(options.ContentDirectory, diagnostics)
            .Where(source => configuration.Languages.Any(l => UnLanguage.Find(l).Tag == source.Metadata.Language))
            .ToList();
        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        var modelled = Model(sources, diagnostics, cancellation);
        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        using var staging = new StagedOutput(options.OutputDirectory);
        try
        {
            var documents = modelled.Select(m => m.Document).ToList();
            var times = RenderDocuments(modelled, options, staging.SiteDirectory, diagnostics, cancellation);
            cancellation.ThrowIfCancellationRequested();
            new SiteRenderer(options.TemplatesDirectory).Render(documents, new SiteOptions(configuration.BaseUrl, configuration.SiteTitle), staging.SiteDirectory, diagnostics);
            _staged?.Invoke(staging.SiteDirectory);
            if (diagnostics.HasErrors)
            {
                return Failed(options);
            }

            cancellation.ThrowIfCancellationRequested();
            staging.Publish();
            var summaries = documents.Select((document, i) => Summarize(document, staging.PublishedSiteDirectory, times[i])).ToList();
            return new BuildResult(true, summaries, staging.PublishedSiteDirectory);
        }
        catch (IOException exception)
        {
            // A full disk, a file held open: nothing is published and the staging folder goes away.
            diagnostics.Report(DiagnosticCatalog.OutputNotWritten, options.OutputDirectory, 1, 1, exception.Message);
            return Failed(options);
        }
    }

    /// <summary>Writes each document's e-book and model export into its folder of the staged site; returns the time each took.</summary>
    private List<TimeSpan> RenderDocuments(
        List<(ResolutionDocument Document, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Time)> modelled,
        BuildOptions options,
        string site,
        DiagnosticBag diagnostics,
        CancellationToken cancellation)
    {
        var epub = new EpubRenderer(options.TemplatesDirectory);
        var times = new List<TimeSpan>();
        foreach (var (document, documentDiagnostics, modelTime) in modelled)
        {
            cancellation.ThrowIfCancellationRequested();
            var timer = Stopwatch.StartNew();
            var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
            var folder = Path.Combine(site, paths.Directory);
            Directory.CreateDirectory(folder);
            using (var stream = File.Create(Path.Combine(folder, paths.ModelFileName)))
            {
                ModelJsonWriter.Write(document, documentDiagnostics, stream);
            }

            epub.Render(document, Path.Combine(folder, paths.EpubFileName), diagnostics);
            _staged?.Invoke(folder);
            times.Add(modelTime + timer.Elapsed);
        }

        return times;
    }

    private static SiteConfiguration? Configure(BuildOptions options, DiagnosticBag diagnostics)
    {
        var configuration = SiteConfiguration.Load(options.ConfigurationPath, diagnostics);
        if (configuration is null || options.BaseUrl is null)
        {
            return configuration;
        }

        if (!SiteConfiguration.IsHttpUrl(options.BaseUrl))
        {
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, "--base-url", 1, 1, $"--base-url must be an absolute http or https address ending in '/', not \"{options.BaseUrl}\"");
            return null;
        }

        return configuration with { BaseUrl = options.BaseUrl };
    }

    private static List<(ResolutionDocument Document, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Time)> Model(
        IReadOnlyList<DocumentSource> sources, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var results = new (ResolutionDocument? Document, DiagnosticBag Diagnostics, TimeSpan Time)[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var timer = Stopwatch.StartNew();
            var bag = new DiagnosticBag();
            var source = SourceLoader.Load(sources[i].SourcePath, bag, sources[i].DisplayPath);
            var document = source is null ? null : DocumentModeller.Model(source, sources[i].Metadata, bag);
            results[i] = (document, bag, timer.Elapsed);
        });

        // Diagnostics in content order, whatever order the documents finished in.
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics.Items);
        }

        return [.. results.Where(r => r.Document is not null).Select(r => (r.Document!, r.Diagnostics.Items, r.Time))];
    }

    /// <summary>Counts what the published folder holds for a document: page, e-book and model.</summary>
    private static DocumentSummary Summarize(ResolutionDocument document, string site, TimeSpan time)
    {
        var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
        var files = Directory.GetFiles(Path.Combine(site, paths.Directory));
        return new DocumentSummary(
            document.Metadata.Symbol,
            document.Metadata.Language,
            document.Units().Count(u => u is not Footnote),
            document.Footnotes.Length,
            files.Length,
            files.Sum(f => new FileInfo(f).Length),
            time);
    }

    private static BuildResult Failed(BuildOptions options) => new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName));
}
