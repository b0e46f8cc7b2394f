using System.Diagnostics;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Build;

/// <summary>
/// Builds the edition, stage by stage (STYLE.md, "The shape"): Configure → Load → Model every document →
/// Render the site, the e-books and the model exports into a staging folder → Publish by swapping it in.
/// Nothing is rendered before every document has its model, and nothing is published after an error.
/// </summary>
public sealed class EditionBuilder
{
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
        var documents = modelled.Select(m => m.Document).ToList();
        var times = new List<TimeSpan>();
        foreach (var (document, documentDiagnostics, modelTime) in modelled)
        {
            cancellation.ThrowIfCancellationRequested();
            var timer = Stopwatch.StartNew();
            var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
            var folder = Path.Combine(staging.SiteDirectory, paths.Directory);
            Directory.CreateDirectory(folder);
            using (var stream = File.Create(Path.Combine(folder, paths.ModelFileName)))
            {
                ModelJsonWriter.Write(document, documentDiagnostics, stream);
            }

            times.Add(modelTime + timer.Elapsed);
        }

        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        cancellation.ThrowIfCancellationRequested();
        staging.Publish();
        var summaries = documents.Select((document, i) => Summarize(document, staging.PublishedSiteDirectory, times[i])).ToList();
        return new BuildResult(true, summaries, staging.PublishedSiteDirectory);
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
