using System.Buffers;
using System.Diagnostics;
using System.Runtime.InteropServices;
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
/// Incremental: a document whose key (<see cref="BuildKeys"/>) matches the last build's manifest is not read
/// again; its published files are kept, and only the changed files are staged and then moved into place.
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
        // Without a manifest to say which content folders changed, the content is walked on another core from the
        // start, while the configuration, the templates' hash and the manifest are read. With one, it is walked
        // once the manifest is read, and only the folders that changed since are listed again.
        var walkAll = !options.Incremental || !PathStat.Of(BuildManifest.PathIn(options.OutputDirectory)).IsFile;
        var finding = walkAll ? Task.Run(() => ContentWalk.Find(options.ContentDirectory, null, DateTime.MinValue), cancellation) : null;
        var configuration = Configure(options, diagnostics);
        if (configuration is null)
        {
            return Failed(options);
        }

        // The templates are parsed on another core while the manifest and the content are read.
        var siteRenderer = new SiteRenderer(options.TemplatesDirectory);
        var epub = new EpubRenderer(options.TemplatesDirectory);
        var preloading = Task.Run(() =>
        {
            if (options.Formats.HasFlag(OutputFormats.Site))
            {
                siteRenderer.Preload();
            }

            if (options.Formats.HasFlag(OutputFormats.Epub))
            {
                epub.Preload();
            }
        }, cancellation);

        var buildKey = BuildKeys.ForBuild(options, configuration);
        var previous = options.Incremental ? BuildManifest.Load(options.OutputDirectory, buildKey) : null;
        // The configured languages by tag, looked up once per document rather than found again each time.
        var languages = configuration.Languages.Select(l => UnLanguage.Find(l).Tag).ToHashSet(StringComparer.Ordinal);
        var walked = finding?.GetAwaiter().GetResult() ?? ContentWalk.Find(options.ContentDirectory, previous?.Content, previous?.TrustedBefore ?? DateTime.MinValue);
        var sources = ContentLoader.Load(options.ContentDirectory, walked?.Files, diagnostics, previous?.MetadataCache(), out var metadataFiles)
            .Where(source => languages.Contains(source.Metadata.Language))
            .ToList();
        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        // The site's pages are planned on another core while every document is checked against the last build.
        var planning = Task.Run(() => PlanSite(siteRenderer, sources, configuration, options.Formats), cancellation);
        var plan = new DocumentPlan(buildKey, previous, StagedOutput.PublishedSiteIn(options.OutputDirectory), Languages(sources));
        var kept = Check(sources, plan, cancellation);
        var (site, siteDiagnostics) = planning.GetAwaiter().GetResult();
        diagnostics.AddRange(siteDiagnostics.Items);
        if (diagnostics.HasErrors)
        {
            return Failed(options);
        }

        preloading.Wait(cancellation);
        StagedOutput? staging = null;
        try
        {
            staging = new StagedOutput(options.OutputDirectory);
            var renderers = new DocumentRenderers(options.Formats, site, epub);
            var outcomes = BuildDocuments(sources, kept, plan, renderers, staging.SiteDirectory, cancellation);
            foreach (var outcome in outcomes)
            {
                diagnostics.AddRange(outcome.Diagnostics);
            }

            cancellation.ThrowIfCancellationRequested();
            if (diagnostics.HasErrors)
            {
                return Failed(options);
            }

            // The index and the site's other files are written again only when a title, a page or a file changed.
            var published = outcomes.Select(o => o.Published!).ToList();
            var siteKey = BuildKeys.ForSite(buildKey, published);
            var siteFiles = previous?.SiteFiles ?? [];
            if (previous is null || previous.SiteKey != siteKey || !AllExist(staging.PublishedSiteDirectory, siteFiles))
            {
                siteFiles = site?.Finish(staging.SiteDirectory, diagnostics) ?? [];
            }

            if (diagnostics.HasErrors)
            {
                return Failed(options);
            }

            _staged?.Invoke(staging.SiteDirectory);
            cancellation.ThrowIfCancellationRequested();
            // The manifest is encoded on the other core while the site is published, and written once it is.
            var encoding = Task.Run(BuildManifest.Create(buildKey, siteKey, siteFiles, published, metadataFiles, walked?.Root).Encode, CancellationToken.None);
            try
            {
                // The manifest never describes a site that is not the published one: it goes before the switch
                // and is written after it.
                BuildManifest.Delete(options.OutputDirectory);
                if (previous is null)
                {
                    staging.Publish();
                }
                else
                {
                    staging.PublishChanges(published.SelectMany(d => d.SitePaths).Concat(siteFiles));
                }

                SaveManifest(options, encoding.GetAwaiter().GetResult(), diagnostics);
            }
            finally
            {
                // Back to the pool, written or not.
                encoding.GetAwaiter().GetResult().Dispose();
            }
            return new BuildResult(true, [.. outcomes.Select(o => o.Summary!)], staging.PublishedSiteDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return OutputNotWritten(options, diagnostics, exception);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException or OperationCanceledException))
        {
            // A document's worker hit a full disk or saw Ctrl-C; the first such problem stands for the rest.
            if (exception.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } io)
            {
                return OutputNotWritten(options, diagnostics, io);
            }

            throw new OperationCanceledException(cancellation);
        }
        finally
        {
            staging?.Dispose();
        }
    }

    /// <summary>Writes the manifest of the site just published; a failure only costs the next build a full one.</summary>
    private static void SaveManifest(BuildOptions options, Microsoft.IO.RecyclableMemoryStream encoded, DiagnosticBag diagnostics)
    {
        try
        {
            BuildManifest.Save(options.OutputDirectory, encoded);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestNotWritten, BuildManifest.PathIn(options.OutputDirectory), 1, 1, exception.Message);
        }
    }

    /// <summary>
    /// Checks every document against the last build (a few file lookups each), on every core: the outcome of each
    /// one whose published files can be kept, null for each one to build.
    /// </summary>
    private static DocumentOutcome?[] Check(List<DocumentSource> sources, DocumentPlan plan, CancellationToken cancellation)
    {
        var outcomes = new DocumentOutcome?[sources.Count];
        if (plan.HasPrevious)
        {
            Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = cancellation }, i => outcomes[i] = Reuse(sources[i], plan));
        }

        return outcomes;
    }

    /// <summary>
    /// Reads, models and renders every document not kept from the last build (<paramref name="outcomes"/>, from
    /// <see cref="Check"/>), on every core; returns each one's diagnostics, summary and published files in content
    /// order, whatever order they finished in. Once one document has an error the others are only modelled (their
    /// diagnostics still count), since nothing will be published. A changed document starts as soon as the checks
    /// are over, not behind the unchanged ones before it.
    /// </summary>
    private DocumentOutcome[] BuildDocuments(List<DocumentSource> sources, DocumentOutcome?[] outcomes, DocumentPlan plan, DocumentRenderers renderers, string siteDirectory, CancellationToken cancellation)
    {
        var options = new ParallelOptions { CancellationToken = cancellation };
        var changed = new List<int>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is { } kept)
            {
                // A kept page still has its title in the index.
                renderers.Site?.Reuse(sources[i].Metadata, kept.Published!.Title);
            }
            else
            {
                changed.Add(i);
            }
        }

        // Fewer documents than cores (a rebuild after an edit): each one's e-book is made beside its page.
        var alongside = changed.Count < Environment.ProcessorCount;
        var failed = 0;
        Parallel.ForEach(changed, options, i =>
        {
            var outcome = BuildDocument(sources[i], plan, renderers, siteDirectory, render: Volatile.Read(ref failed) == 0, alongside);
            outcomes[i] = outcome;
            if (outcome.Summary is null)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        return outcomes!;
    }

    /// <summary>The outcome of a document whose key and published files are those of the last build, or null.</summary>
    private static DocumentOutcome? Reuse(DocumentSource source, DocumentPlan plan)
    {
        if (plan.PreviousOf(source) is not { } published)
        {
            return null;
        }

        var file = PathStat.Of(source.SourcePath);
        var stamp = published.Source.File.Matches(file, plan.TrustedBefore) ? published.Source : file.IsFile ? SourceStamp.Read(source.SourcePath, file) : null;
        if (stamp is null
            || plan.KeyOf(source, stamp) != published.Key
            || !StillPublished(plan.PublishedSite, published, plan.TrustedBefore))
        {
            return null;
        }

        var summary = new DocumentSummary(published.Symbol, published.Language, published.Units, published.Notes, published.FileCount, published.Bytes, TimeSpan.Zero, Unchanged: true);
        return new DocumentOutcome(published.Diagnostics, summary, ReferenceEquals(stamp, published.Source) ? published : published with { Source = stamp });
    }

    private DocumentOutcome BuildDocument(DocumentSource source, DocumentPlan plan, DocumentRenderers renderers, string siteDirectory, bool render, bool epubAlongside)
    {
        var timer = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var text = SourceLoader.Load(source.SourcePath, diagnostics, source.DisplayPath, out var stamp);
        var document = text is null ? null : DocumentModeller.Model(text, source.Metadata, diagnostics);
        if (document is null || diagnostics.HasErrors || !render)
        {
            return new DocumentOutcome(diagnostics.Items, null, null);
        }

        var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
        var folder = Path.Combine(siteDirectory, paths.Directory);
        Directory.CreateDirectory(folder);
        if (renderers.Formats.HasFlag(OutputFormats.Model))
        {
            using var buffer = OutputBuffers.Rent("model");
            ModelJsonWriter.Write(document, diagnostics.Items, (IBufferWriter<byte>)buffer);
            OutputBuffers.WriteFile(Path.Combine(folder, paths.ModelFileName), buffer);
        }

        // The e-book's diagnostics come before the page's, whether it is made before the page or beside it.
        var epubDiagnostics = new DiagnosticBag();
        void RenderEpub() => renderers.Epub.Render(document, Path.Combine(folder, paths.EpubFileName), epubDiagnostics);
        Task? epubRendering = null;
        if (renderers.Formats.HasFlag(OutputFormats.Epub))
        {
            if (epubAlongside)
            {
                epubRendering = Task.Run(RenderEpub);
            }
            else
            {
                RenderEpub();
            }
        }

        var pageDiagnostics = new DiagnosticBag();
        try
        {
            renderers.Site?.WritePage(document, siteDirectory, pageDiagnostics);
        }
        finally
        {
            // Never left writing into a staging folder that is about to go.
            epubRendering?.GetAwaiter().GetResult();
        }

        diagnostics.AddRange(epubDiagnostics.Items);
        diagnostics.AddRange(pageDiagnostics.Items);
        _staged?.Invoke(folder);
        if (diagnostics.HasErrors)
        {
            return new DocumentOutcome(diagnostics.Items, null, null);
        }

        // The files just written, by name: looked up one by one rather than by listing the folder.
        var files = PublishedDocument.FileNames(renderers.Formats, paths).Select(name => new FileInfo(Path.Combine(folder, name))).ToList();
        var units = document.Units().Count(u => u is not Footnote);
        var bytesWritten = files.Sum(f => f.Length);
        var published = new PublishedDocument(
            plan.KeyOf(source, stamp!),
            stamp!,
            document.Metadata.Symbol,
            document.Metadata.Language,
            renderers.Formats,
            document.Title,
            units,
            document.Footnotes.Length,
            bytesWritten,
            diagnostics.Items);
        var summary = new DocumentSummary(document.Metadata.Symbol, document.Metadata.Language, units, document.Footnotes.Length, files.Count, bytesWritten, timer.Elapsed);
        return new DocumentOutcome(diagnostics.Items, summary, published);
    }

    /// <summary>The languages each symbol is published in, sorted (ordinal): a page links to its other language versions.</summary>
    private static Dictionary<string, string[]> Languages(List<DocumentSource> sources)
    {
        // A loop rather than a grouping: most symbols have one language, and a grouping costs several objects each.
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

    private static bool AllExist(string folder, IEnumerable<string> files) => files.All(file => File.Exists(Path.Combine(folder, file)));

    /// <summary>
    /// Whether a document's folder still holds the files the last build published there. A folder whose entries
    /// have not changed since before that build's manifest was written (a file added, removed or renamed in it
    /// changes its time) still holds them: one look at the folder instead of one per file.
    /// </summary>
    private static bool StillPublished(string publishedSite, PublishedDocument published, DateTime trustedBefore)
    {
        // The folder's path is made on the stack (a symbol is at most 409 characters): one for every document of
        // every rebuild, and most of them never needed as a string.
        var paths = published.Paths;
        Span<char> relative = stackalloc char[512];
        Span<char> folder = stackalloc char[Math.Min(publishedSite.Length, 1024) + 513];
        var info = paths.TryWriteDirectory(relative, out var length) && Path.TryJoin(publishedSite, relative[..length], folder, out var written)
            ? PathStat.Of(folder[..written])
            : PathStat.Of(FolderPath());
        return info.IsDirectory && (info.LastWriteTimeUtc < trustedBefore || AllExist(FolderPath(), PublishedDocument.FileNames(published.Formats, paths)));

        string FolderPath() => Path.Combine(publishedSite, paths.Directory);
    }

    /// <summary>The site being written, when the site is one of the formats, and what planning it reported.</summary>
    private static (SitePublication? Site, DiagnosticBag Diagnostics) PlanSite(SiteRenderer renderer, List<DocumentSource> sources, SiteConfiguration configuration, OutputFormats formats)
    {
        var diagnostics = new DiagnosticBag();
        var site = formats.HasFlag(OutputFormats.Site)
            ? renderer.Begin(
                [.. sources.Select(s => new SitePlanEntry(s.Metadata, s.DisplayPath))],
                new SiteOptions(configuration.BaseUrl, configuration.SiteTitle, configuration.SiteTitleLanguage),
                diagnostics)
            : null;
        return (site, diagnostics);
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

    private static BuildResult OutputNotWritten(BuildOptions options, DiagnosticBag diagnostics, Exception exception)
    {
        // A full disk, a file held open: nothing is published and the staging folder goes away.
        diagnostics.Report(DiagnosticCatalog.OutputNotWritten, options.OutputDirectory, 1, 1, exception.Message);
        return Failed(options);
    }

    private static BuildResult Failed(BuildOptions options) => new(false, [], Path.Combine(options.OutputDirectory, StagedOutput.SiteFolderName));

    /// <summary>What renders each document: the formats asked for, the site being written (if any) and the e-book renderer.</summary>
    private sealed record DocumentRenderers(OutputFormats Formats, SitePublication? Site, EpubRenderer Epub);

    /// <summary>One document's diagnostics, and its summary and published files when its files were written (or kept).</summary>
    private sealed record DocumentOutcome(IReadOnlyList<Diagnostic> Diagnostics, DocumentSummary? Summary, PublishedDocument? Published);

    /// <summary>What decides whether a document's published files can be kept: keys, and the last build's documents.</summary>
    private sealed class DocumentPlan(string buildKey, BuildManifest? previous, string publishedSite, Dictionary<string, string[]> languages)
    {
        private readonly Dictionary<(string Symbol, string Language), PublishedDocument>? _previous =
            previous?.Documents.ToDictionary(d => (d.Symbol, d.Language));

        public string PublishedSite => publishedSite;

        public bool HasPrevious => _previous is not null;

        public DateTime TrustedBefore => previous?.TrustedBefore ?? DateTime.MinValue;

        public PublishedDocument? PreviousOf(DocumentSource source) =>
            _previous?.GetValueOrDefault((source.Metadata.Symbol, source.Metadata.Language));

        public UInt128 KeyOf(DocumentSource source, SourceStamp stamp) =>
            BuildKeys.ForDocument(buildKey, source, languages[source.Metadata.Symbol], stamp.Hash);
    }
}
