using System.Diagnostics;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Build;

/// <summary>
/// Builds the edition (STYLE.md, "The shape"): Configure → Load the documents' metadata → plan the site → for each
/// document, on every core: read, model, render its page, e-book and model export into a staging folder → write
/// the index → Publish by swapping the staging folder in. A document's model is dropped as soon as its files are
/// written, so memory does not grow with the corpus. Nothing is published after an error in any document.
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

        var site = options.Formats.HasFlag(OutputFormats.Site)
            ? new SiteRenderer(options.TemplatesDirectory).Begin(
                [.. sources.Select(s => new SitePlanEntry(s.Metadata, s.DisplayPath))],
                new SiteOptions(configuration.BaseUrl, configuration.SiteTitle),
                diagnostics)
            : null;
        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        using var staging = new StagedOutput(options.OutputDirectory);
        try
        {
            var renderers = new DocumentRenderers(options.Formats, site, new EpubRenderer(options.TemplatesDirectory));
            var outcomes = BuildDocuments(sources, renderers, staging.SiteDirectory, cancellation);
            foreach (var outcome in outcomes)
            {
                diagnostics.AddRange(outcome.Diagnostics);
            }

            cancellation.ThrowIfCancellationRequested();
            if (!diagnostics.HasErrors)
            {
                site?.Finish(staging.SiteDirectory, diagnostics);
                _staged?.Invoke(staging.SiteDirectory);
            }

            if (diagnostics.HasErrors)
            {
                return Failed(options);
            }

            cancellation.ThrowIfCancellationRequested();
            staging.Publish();
            return new BuildResult(true, [.. outcomes.Select(o => o.Summary!)], staging.PublishedSiteDirectory);
        }
        catch (IOException exception)
        {
            return OutputNotWritten(options, diagnostics, exception);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or OperationCanceledException))
        {
            // A document's worker hit a full disk or saw Ctrl-C; the first such problem stands for the rest.
            if (exception.InnerExceptions.FirstOrDefault(e => e is IOException) is IOException io)
            {
                return OutputNotWritten(options, diagnostics, io);
            }

            throw new OperationCanceledException(cancellation);
        }
    }

    /// <summary>
    /// Reads, models and renders every document, on every core; returns each one's diagnostics and summary in
    /// content order, whatever order they finished in. Once one document has an error the others are only
    /// modelled (their diagnostics still count), since nothing will be published.
    /// </summary>
    private DocumentOutcome[] BuildDocuments(List<DocumentSource> sources, DocumentRenderers renderers, string siteDirectory, CancellationToken cancellation)
    {
        var outcomes = new DocumentOutcome[sources.Count];
        var failed = 0;
        Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            outcomes[i] = BuildDocument(sources[i], renderers, siteDirectory, render: Volatile.Read(ref failed) == 0);
            if (outcomes[i].Summary is null)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        return outcomes;
    }

    private DocumentOutcome BuildDocument(DocumentSource source, DocumentRenderers renderers, string siteDirectory, bool render)
    {
        var timer = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var text = SourceLoader.Load(source.SourcePath, diagnostics, source.DisplayPath);
        var document = text is null ? null : DocumentModeller.Model(text, source.Metadata, diagnostics);
        if (document is null || diagnostics.HasErrors || !render)
        {
            return new DocumentOutcome(diagnostics.Items, null);
        }

        var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
        var folder = Path.Combine(siteDirectory, paths.Directory);
        Directory.CreateDirectory(folder);
        if (renderers.Formats.HasFlag(OutputFormats.Model))
        {
            using var stream = File.Create(Path.Combine(folder, paths.ModelFileName));
            ModelJsonWriter.Write(document, diagnostics.Items, stream);
        }

        if (renderers.Formats.HasFlag(OutputFormats.Epub))
        {
            renderers.Epub.Render(document, Path.Combine(folder, paths.EpubFileName), diagnostics);
        }

        renderers.Site?.WritePage(document, siteDirectory, diagnostics);
        _staged?.Invoke(folder);
        if (diagnostics.HasErrors)
        {
            return new DocumentOutcome(diagnostics.Items, null);
        }

        return new DocumentOutcome(diagnostics.Items, Summarize(document, folder, timer.Elapsed));
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

    /// <summary>Counts what the staged folder holds for a document: page, e-book and model.</summary>
    private static DocumentSummary Summarize(ResolutionDocument document, string folder, TimeSpan time)
    {
        var files = new DirectoryInfo(folder).GetFiles();
        return new DocumentSummary(
            document.Metadata.Symbol,
            document.Metadata.Language,
            document.Units().Count(u => u is not Footnote),
            document.Footnotes.Length,
            files.Length,
            files.Sum(f => f.Length),
            time);
    }

    private static BuildResult OutputNotWritten(BuildOptions options, DiagnosticBag diagnostics, IOException exception)
    {
        // A full disk, a file held open: nothing is published and the staging folder goes away.
        diagnostics.Report(DiagnosticCatalog.OutputNotWritten, options.OutputDirectory, 1, 1, exception.Message);
        return Failed(options);
    }

    private static BuildResult Failed(BuildOptions options) => new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName));

    /// <summary>What renders each document: the formats asked for, the site being written (if any) and the e-book renderer.</summary>
    private sealed record DocumentRenderers(OutputFormats Formats, SitePublication? Site, EpubRenderer Epub);

    /// <summary>One document's diagnostics, and its summary when its files were written.</summary>
    private sealed record DocumentOutcome(IReadOnlyList<Diagnostic> Diagnostics, DocumentSummary? Summary);
}
