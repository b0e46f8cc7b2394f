using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Publishing;
using SiteGen.Core.References;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Incremental;

/// <summary>
/// The build history kept in the build manifest (<see cref="BuildManifest"/>). A file is looked at (its stamp) before
/// it is read, so a change made while the build runs shows at the next one. A file whose stamp is the one recorded
/// is taken as recorded; one whose stamp changed but whose text did not (saved again) is read and hashed, and
/// kept. A published file that is not as it was written (removed, overwritten, cut short) has its document built
/// again. Publishing carries over into the new generation only the files this record claims, so a stray file
/// stays behind with the generation it was left in.
/// </summary>
internal sealed class BuildHistory : IBuildHistory
{
    private readonly string _outputDirectory;
    private readonly Task<Record> _reading;
    private int _keptLastGood;
    private readonly ConcurrentDictionary<string, FileStamp?> _stamps = new(StringComparer.Ordinal);
    private readonly string _publishedSite;
    private string? _editionKey;

    private BuildHistory(string outputDirectory, Task<Record> reading)
    {
        _outputDirectory = outputDirectory;
        _reading = reading;
        _publishedSite = StagedOutput.PublishedSiteIn(outputDirectory);
    }

    /// <summary>
    /// The history of the output folder's builds with this configuration: the last one's record, unless the build is
    /// a clean one; a clean build that keeps going still asks it for the last good edition of a failed document. It
    /// is read on another core while the content folder is walked; the first question waits for it.
    /// </summary>
    public static BuildHistory Open(BuildOptions options, SiteConfiguration configuration) =>
        // A thread of its own, so that workers waiting for it never wait for a free one to read it.
        new(options.OutputDirectory, Task.Factory.StartNew(() => Record.Read(options, configuration), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    public string PublishedSite => _publishedSite;

    private Record Recorded => _reading.GetAwaiter().GetResult();

    private DateTime TrustedBefore => Recorded.Previous?.TrustedBefore ?? DateTime.MinValue;

    public IReadOnlyList<DocumentSource>? KnownSources(string metadataPath)
    {
        var stamp = Look(metadataPath);
        return Recorded.Metadata.TryGetValue(metadataPath, out var record) && record.Stamp.Matches(stamp, TrustedBefore) ? record.Sources : null;
    }

    public PublishedDocument? Unchanged(DocumentSource source, IReadOnlyList<string> languages, IReadOnlySet<(string Symbol, string Language)> edition, bool cited)
    {
        var stamp = Look(source.SourcePath);
        if (!Recorded.Documents.TryGetValue((source.Metadata.Symbol, source.Metadata.Language), out var published) || stamp is null)
        {
            return null;
        }

        var hash = published.Source.Matches(stamp, TrustedBefore) ? published.SourceHash : HashOfFile(source);
        if (hash is null || LinkedNow(published, edition) is not { } linked
            || Key(source, languages, hash, linked, cited) != published.Key
            || !published.Files.All(file => file.IsIntact(_publishedSite)))
        {
            return null;
        }

        return published.Source == stamp ? published : published with { Source = stamp.Value, SourceHash = hash };
    }

    public EditionCitations LastCitations(IReadOnlyList<DocumentSource> documents)
    {
        var recorded = documents.Select(d => Recorded.Documents.GetValueOrDefault((d.Metadata.Symbol, d.Metadata.Language))).OfType<PublishedDocument>().ToList();
        return EditionCitations.Known(
            recorded.Where(d => d.Cited).Select(d => (d.Symbol, d.Language)),
            () => recorded.Select(d => new CitingDocument(d.Symbol, d.Language, CitationsOf(d) ?? [])));
    }

    public EditionCitations Citations(IReadOnlyList<PublishedDocument> published)
    {
        var citing = published.Select(d => new CitingDocument(d.Symbol, d.Language, CitationsOf(d) ?? []));
        if (Recorded.Previous is null || published.Count != Recorded.Documents.Count || !published.All(CitesAsRecorded))
        {
            return EditionCitations.Of(citing);
        }

        // Every document of the last edition is published again and cites the same documents: the same are cited.
        return EditionCitations.Known(published.Where(d => Recorded.Documents[(d.Symbol, d.Language)].Cited).Select(d => (d.Symbol, d.Language)), () => citing);
    }

    // Whether a document cites the same documents as when the last build published it.
    private bool CitesAsRecorded(PublishedDocument document)
    {
        if (!Recorded.Documents.TryGetValue((document.Symbol, document.Language), out var recorded))
        {
            return false;
        }

        if (document.Citations is null)
        {
            return document.Key == recorded.Key;
        }

        return CitationsOf(recorded) is { } before
            && before.Select(c => c.Symbol).ToHashSet(StringComparer.Ordinal).SetEquals(document.Citations.Select(c => c.Symbol));
    }

    // The citations of a document built now, or as recorded for one kept; null when the record has none for it.
    private IReadOnlyList<Citation>? CitationsOf(PublishedDocument document) => document.Citations ?? Recorded.Citations?.Of(document.Key);

    // Which of the documents it cites the edition publishes, as it is now: as recorded while the edition is the one the last build published.
    private string? LinkedNow(PublishedDocument published, IReadOnlySet<(string Symbol, string Language)> edition)
    {
        if (EditionKey(edition) == Recorded.Previous?.Edition)
        {
            return published.Linked;
        }

        return CitationsOf(published) is { } citations ? BuildKeys.Linked(citations, published.Language, edition) : null;
    }

    private string EditionKey(IReadOnlySet<(string Symbol, string Language)> edition) =>
        LazyInitializer.EnsureInitialized(ref _editionKey, () => BuildKeys.ForEdition(edition));

    public PublishedDocument? LastGood(DocumentSource source)
    {
        if (!Recorded.LastGood.TryGetValue((source.Metadata.Symbol, source.Metadata.Language), out var published)
            || !published.Files.All(file => file.IsIntact(_publishedSite)))
        {
            return null;
        }

        Interlocked.Exchange(ref _keptLastGood, 1);
        return published;
    }

    public PublishedDocument Built(BuiltDocument built)
    {
        var hash = BuildKeys.ForSource(built.Text.Text);
        var summary = built.Summary;
        var linked = BuildKeys.Linked(built.Citations, summary.Language, built.Edition);
        EditionKey(built.Edition);
        return new PublishedDocument(
            Key(built.Source, built.Languages, hash, linked, built.Cited),
            _stamps.TryGetValue(built.Source.SourcePath, out var stamp) && stamp is { } looked ? looked : default,
            hash,
            summary.Symbol,
            summary.Language,
            built.Formats,
            built.Title,
            summary.Units,
            summary.Notes,
            summary.Bytes,
            [.. built.Files.Select(file => new PublishedFile(SitePath(built.StagedSite, file.FullName), new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks)))],
            built.Diagnostics,
            linked,
            BuildKeys.Shows(summary.Symbol, summary.Language, built.Title, built.Citations),
            built.Cited)
        {
            Citations = built.Citations,
        };
    }

    public IReadOnlyList<PublishedFile>? KeptSiteFiles(string siteShows) =>
        Recorded.Previous is { } previous && previous.SiteKey == BuildKeys.ForSite(Recorded.BuildKey, siteShows) && previous.SiteFiles.All(file => file.IsIntact(_publishedSite))
            ? previous.SiteFiles
            : null;

    public void Publish(StagedOutput staging, IReadOnlyList<PublishedDocument> documents, IReadOnlyList<PublishedFile>? keptSiteFiles, IReadOnlyList<string> siteFilesWritten, string siteShows, IReadOnlyList<MetadataFile> metadataFiles, DiagnosticBag diagnostics)
    {
        // Stamped where they were staged: moving a file keeps its time.
        var siteFiles = keptSiteFiles ?? [.. siteFilesWritten.Select(path => new PublishedFile(path, FileStamp.Of(Path.Combine(staging.SiteDirectory, path)) ?? default))];
        var manifest = new BuildManifest(
            BuildManifest.CurrentFormat,
            Recorded.BuildKey,
            _editionKey ?? BuildKeys.ForEdition([]),
            BuildKeys.ForSite(Recorded.BuildKey, siteShows),
            siteFiles,
            documents,
            Directory.GetCurrentDirectory(),
            [.. metadataFiles.Where(file => _stamps.TryGetValue(file.Path, out var stamp) && stamp is not null).Select(MetadataRecordOf)])
            .Following(Recorded.Manifest);

        // The manifest never describes a site that is not the published one: it goes before the switch and is
        // put in place after it; it is written aside on another core while the new generation is flushed and switched in.
        BuildManifest.Delete(_outputDirectory);
        var writing = Task.Run(() =>
        {
            CitationFile.WriteAside(_outputDirectory, documents.Select(d => (d.Key, d.Citations)), Recorded.Citations);
            manifest.WriteAside(_outputDirectory);
        });
        if (Recorded.Previous is null && Volatile.Read(ref _keptLastGood) == 0)
        {
            staging.Publish();
        }
        else
        {
            staging.PublishChanges(documents.SelectMany(d => d.Files).Concat(siteFiles).Select(file => file.Path), LiveFiles());
        }

        try
        {
            writing.GetAwaiter().GetResult();
            CitationFile.PutInPlace(_outputDirectory);
            BuildManifest.PutInPlace(_outputDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only costs the next build a full one.
            diagnostics.Report(DiagnosticCatalog.ManifestNotWritten, BuildManifest.PathIn(_outputDirectory), 1, 1, exception.Message);
        }
    }

    // A metadata file's record: the one read, when the file and the language versions it lists are as it recorded them.
    private MetadataRecord MetadataRecordOf(MetadataFile file)
    {
        var stamp = _stamps[file.Path]!.Value;
        return Recorded.Metadata.TryGetValue(file.Path, out var record) && record.Stamp == stamp && ReferenceEquals(record.Sources, file.Sources)
            ? record
            : new MetadataRecord(file.Path, stamp, file.Sources);
    }

    // What the live site holds, as the last build recorded it: publishing reuses the generation it replaced with it.
    private Dictionary<string, RecordedFile>? LiveFiles() =>
        Recorded.Previous?.Documents.SelectMany(d => d.Files).Concat(Recorded.Previous.SiteFiles)
            .DistinctBy(file => file.Path, StringComparer.Ordinal)
            .ToDictionary(file => file.Path, file => new RecordedFile(file.Path, file.Stamp.Length, file.Stamp.WriteTicks), StringComparer.Ordinal);

    private FileStamp? Look(string path) => _stamps[path] = FileStamp.Of(path);

    private string Key(DocumentSource source, IReadOnlyList<string> languages, string sourceHash, string linked, bool cited) =>
        BuildKeys.ForDocument(Recorded.BuildKey, source, languages, sourceHash, linked, cited);

    // The hash of a source saved again since the last build; null when it is no longer a usable source.
    private static string? HashOfFile(DocumentSource source)
    {
        try
        {
            var text = SourceLoader.FromBytes(File.ReadAllBytes(source.SourcePath), source.DisplayPath, new DiagnosticBag());
            return text is null ? null : BuildKeys.ForSource(text.Text);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string SitePath(string site, string file) => Path.GetRelativePath(site, file).Replace('\\', '/');

    /// <summary>What the last builds recorded, by document and metadata file, once read.</summary>
    private sealed class Record
    {
        private Record(string buildKey, BuildManifest? previous, BuildManifest? lastGood, CitationFile? citations)
        {
            BuildKey = buildKey;
            Manifest = lastGood;
            Citations = citations;
            Previous = previous;
            LastGood = lastGood?.Documents.ToDictionary(d => (d.Symbol, d.Language)) ?? [];
            Documents = previous?.Documents.ToDictionary(d => (d.Symbol, d.Language)) ?? [];
            Metadata = previous is not null && previous.WorkingDirectory == Directory.GetCurrentDirectory()
                ? previous.MetadataFiles.ToDictionary(m => m.Path, StringComparer.Ordinal)
                : [];
        }

        public string BuildKey { get; }

        /// <summary>The last build's manifest as read, incremental or not (a build that keeps going falls back on it).</summary>
        public BuildManifest? Manifest { get; }

        /// <summary>The last build's manifest, when this build is incremental.</summary>
        public BuildManifest? Previous { get; }

        public Dictionary<(string Symbol, string Language), PublishedDocument> Documents { get; }

        /// <summary>What the last build published, incremental or not: a build that keeps going falls back on it.</summary>
        public Dictionary<(string Symbol, string Language), PublishedDocument> LastGood { get; }

        public Dictionary<string, MetadataRecord> Metadata { get; }

        /// <summary>The citations of the documents of the last build's manifest.</summary>
        public CitationFile? Citations { get; }

        public static Record Read(BuildOptions options, SiteConfiguration configuration)
        {
            if (!options.Incremental && !options.KeepGoing)
            {
                return new Record(BuildKeys.ForBuild(options, configuration), null, null, null);
            }

            // The citations are read and the build key made on other cores while the manifest is read, each on a thread
            // of its own: the load stage's workers wait for this record, and work queued behind them in the pool would
            // wait for them in turn.
            var citationsReading = Task.Factory.StartNew(() => CitationFile.Load(options.OutputDirectory), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var keying = Task.Factory.StartNew(() => BuildKeys.ForBuild(options, configuration), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var manifest = BuildManifest.Load(options.OutputDirectory);
            var buildKey = keying.GetAwaiter().GetResult();
            var citations = citationsReading.GetAwaiter().GetResult();
            if (manifest is null || manifest.BuildKey != buildKey || citations is null || !manifest.Documents.All(d => citations.Has(d.Key)))
            {
                // A manifest whose documents' citations are not all beside it is no manifest to this build.
                manifest = null;
                citations = null;
            }

            return new Record(buildKey, options.Incremental ? manifest : null, manifest, citations);
        }
    }
}
