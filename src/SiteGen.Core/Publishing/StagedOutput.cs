namespace SiteGen.Core.Publishing;

/// <summary>
/// The next generation of the published site, and the switch that publishes it. <c>output/site</c> is a symbolic
/// link to the live generation, a complete site in <c>output/.generations/N</c>. A build writes a new generation
/// (<see cref="SiteDirectory"/>); an incremental build writes only what changed and carries every other file
/// over from the live generation as a hard link (<see cref="PublishChanges"/>). Publishing replaces the link
/// by one rename, so the site changes all at once or not at all, whatever interrupts the build: the link names
/// either the whole previous site or the whole new one. Disposed without publishing (an error, a template failure,
/// Ctrl-C, a full disk), the new generation is removed and the site is exactly as it was; a build killed outright
/// leaves its generation behind, and the next build removes it. The previous generation is kept until the next
/// build starts, so the system has written the switch to disk before the site it replaced goes. A rebuild instead
/// makes the generation replaced last time the next one, where it can (<see cref="ReusableGeneration"/>): it then
/// changes only the files the last build and this one wrote or removed, and no generation is deleted.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    public const string SiteFolderName = "site";

    /// <summary>The folder of the output folder that holds the generations of the site.</summary>
    public const string GenerationsFolderName = ".generations";

    private readonly string _outputDirectory;
    private readonly string? _live;
    private readonly Task _removingLeftovers;
    private Task _removingUnused = Task.CompletedTask;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _carried = new(StringComparer.Ordinal);
    private readonly Action<string>? _complete;
    private readonly ReusableGeneration? _reusable;
    private readonly WriteBehind? _writeBehind;
    private readonly bool _writesMost;
    private Func<string, bool> _carriedOver;
    private bool _refilling;
    private bool _unusedRemoved;
    private bool _published;

    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="complete">
    /// Runs on the new generation once it holds the whole site, just before it is switched in (the search index is
    /// made there); an exception from it leaves the site as it was.
    /// </param>
    /// <param name="incremental">Whether the build carries unchanged files over: only such a build reuses a generation.</param>
    /// <param name="writesMost">
    /// Whether the build writes most of the site: only then is the generation flushed while it is written
    /// (<see cref="WriteBehind"/>); a rebuild writes little, and each flush of the file system costs more than it saves.
    /// </param>
    public StagedOutput(string outputDirectory, Action<string>? complete = null, bool incremental = false, bool writesMost = false)
    {
        _complete = complete;
        _carriedOver = _carried.ContainsKey;
        _outputDirectory = Path.GetFullPath(outputDirectory);
        var generations = Path.Combine(_outputDirectory, GenerationsFolderName);
        Directory.CreateDirectory(generations);
        _live = LiveGeneration(_outputDirectory);
        // A build that writes every file has no use for a generation to reuse: it goes with the other leftovers.
        _reusable = incremental ? ReusableGeneration.Take(generations, _live) : null;
        File.Delete(Path.Combine(generations, ReusableGeneration.MarkerName));

        var leftovers = Directory.GetDirectories(generations).Where(folder => folder != _live && folder != _reusable?.Folder).ToList();
        var next = Directory.GetDirectories(generations).Select(GenerationNumber).DefaultIfEmpty(0).Max() + 1;
        SiteDirectory = Path.Combine(generations, next.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(SiteDirectory);
        _writesMost = writesMost;
        _writeBehind = writesMost ? new WriteBehind(SiteDirectory) : null;
        // Generations of earlier builds (the one replaced last time, any left by a build that was killed) and the
        // staging folders of earlier versions of SiteGen go while this build runs.
        leftovers.AddRange([Path.Combine(_outputDirectory, ".staging"), Path.Combine(_outputDirectory, ".previous")]);
        var links = Directory.GetFileSystemEntries(_outputDirectory, ".site-*");
        _removingLeftovers = Task.Run(() =>
        {
            leftovers.ForEach(RemoveQuietly);
            foreach (var link in links)
            {
                File.Delete(link);
            }
        });
    }

    /// <summary>Where this build writes the site: its new generation.</summary>
    public string SiteDirectory { get; }

    /// <summary>How the generation was put on disk before it was switched in; null until then.</summary>
    internal GenerationFlushed? Flushed { get; private set; }

    /// <summary>Where the published site is.</summary>
    public string PublishedSiteDirectory => PublishedSiteIn(_outputDirectory);

    /// <summary>Where the site published in an output folder is (a full path).</summary>
    public static string PublishedSiteIn(string outputDirectory) => Path.Combine(Path.GetFullPath(outputDirectory), SiteFolderName);

    /// <summary>
    /// The folder the published site of an output folder really is: the generation <c>site</c> links to (or
    /// <c>site</c> itself, when an earlier version of SiteGen made it a folder); null when nothing is published.
    /// </summary>
    public static string? LiveGeneration(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        var site = new DirectoryInfo(PublishedSiteIn(output));
        if (site.LinkTarget is { } target)
        {
            var generation = Path.GetFullPath(target, output);
            return Directory.Exists(generation) ? generation : null;
        }

        return site.Exists ? site.FullName : null;
    }

    /// <summary>Publishes the new generation as it is (a full build wrote every file of the site into it).</summary>
    public void Publish()
    {
        RemoveUnused();
        Switch(flushing: null);
    }

    /// <summary>
    /// Publishes an incremental build: each file of the site (paths relative to it) that this build did not write
    /// is carried over from the live generation, then the new generation is switched in. Files the live site has
    /// and the new one does not list are left behind with it. Given what the live site holds
    /// (<paramref name="liveFiles"/>, as recorded), the generation replaced last time becomes the new one if it is
    /// reusable, and the one replaced now is marked reusable for the next build.
    /// </summary>
    /// <exception cref="IOException">A file to carry over is missing from the live site; nothing is published.</exception>
    public void PublishChanges(IEnumerable<string> siteFiles, IReadOnlyDictionary<string, RecordedFile>? liveFiles = null)
    {
        var files = siteFiles.ToHashSet(StringComparer.Ordinal);
        // A build that wrote few files flushes them while the rest of the site is put beside them: until then the new
        // generation holds exactly the files it wrote, and a file keeps its data on disk when it is moved.
        var flushing = _writesMost ? null : GenerationFlush.Start(Directory.GetFiles(SiteDirectory, "*", SearchOption.AllDirectories));
        try
        {
            if (_live is not null && liveFiles is not null && _reusable is not null && _reusable.Matches(liveFiles))
            {
                _refilling = true;
                var moved = _reusable.Refill(_live, SiteDirectory, files, liveFiles);
                var fresh = moved.Select(path => Path.Combine(SiteDirectory, path)).ToHashSet(StringComparer.Ordinal);
                _carriedOver = file => !fresh.Contains(file);
                Switch(flushing);
                MarkReplaced(moved.ToHashSet(StringComparer.Ordinal), liveFiles, files);
                return;
            }

            RemoveUnused();
            var written = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            CarryOver(files, written);
            Switch(flushing);
            if (liveFiles is not null)
            {
                MarkReplaced(written.Keys.ToHashSet(StringComparer.Ordinal), liveFiles, files);
            }
        }
        catch when (flushing is { IsCompleted: false })
        {
            // Nothing is published: the flush under way is only waited for, so that no file is opened as the generation goes.
            ((IAsyncResult)flushing).AsyncWaitHandle.WaitOne();
            throw;
        }
    }

    // A reusable generation this build does not reuse goes, while it publishes.
    private void RemoveUnused()
    {
        if (_reusable is { } unused)
        {
            _unusedRemoved = true;
            _removingUnused = Task.Run(() => RemoveQuietly(unused.Folder));
        }
    }

    // The generation just replaced is the next build's to reuse; a marker that cannot be written only costs that.
    private void MarkReplaced(IReadOnlySet<string> written, IReadOnlyDictionary<string, RecordedFile> replacedFiles, IReadOnlySet<string> siteFiles)
    {
        if (_live is null || Path.GetDirectoryName(_live) != Path.GetDirectoryName(SiteDirectory))
        {
            return;
        }

        try
        {
            ReusableGeneration.Mark(_live, SiteDirectory, written, replacedFiles, siteFiles);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next build makes a new generation, as without a marker.
        }
    }

    // Links each file this build did not write from the live generation; notes those it wrote.
    private void CarryOver(IReadOnlySet<string> siteFiles, System.Collections.Concurrent.ConcurrentDictionary<string, bool> written)
    {
        // Each folder is made and filled on its own, folders side by side: a rebuild carries over every file of
        // the site, and the system calls for different folders do not wait for each other.
        var folders = siteFiles.GroupBy(file => Path.GetDirectoryName(Path.Combine(SiteDirectory, file))!, StringComparer.Ordinal);
        if (_live is null)
        {
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(folder.Key);
                if (folder.FirstOrDefault(file => !File.Exists(Path.Combine(SiteDirectory, file))) is { } missing)
                {
                    throw new FileNotFoundException($"{missing} is neither built nor published", missing);
                }
            }
        }
        else
        {
            try
            {
                Parallel.ForEach(folders, folder =>
                {
                    Directory.CreateDirectory(folder.Key);
                    foreach (var file in folder)
                    {
                        var target = Path.Combine(SiteDirectory, file);
                        // Carried files are left out of a flush file by file; one flush of the file system needs no list.
                        if (!SystemCalls.TryLink(Path.Combine(_live, file), target))
                        {
                            written.TryAdd(file, true);
                        }
                        else if (!SystemCalls.CanFlushFileSystem)
                        {
                            _carried.TryAdd(target, true);
                        }
                    }
                });
            }
            catch (AggregateException exception)
            {
                // The first failure, as a sequential carry-over would have thrown it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
            }
        }
    }

    public void Dispose()
    {
        _writeBehind?.Dispose();
        if (!_published)
        {
            RemoveQuietly(SiteDirectory);
            if (_reusable is not null && _refilling)
            {
                // Changed part way: no longer the site it was, so never reused; the next build removes what is left.
                RemoveQuietly(_reusable.Folder);
            }
            else if (_reusable is not null && !_unusedRemoved)
            {
                // Left as it was: still the next build's to reuse.
                _reusable.Restore();
            }
        }

        _removingLeftovers.GetAwaiter().GetResult();
        _removingUnused.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Points <c>site</c> at the new generation, by one rename of a new link over the old one. The generation is on
    /// disk before the switch (<see cref="GenerationFlush"/>) and the switch after it, so after a power cut the link
    /// names either the previous site or the whole new one.
    /// </summary>
    /// <param name="flushing">
    /// The flush of the files a build that wrote few of the site's files wrote, under way; null for a build that wrote
    /// most of them.
    /// </param>
    private void Switch(Task<GenerationFlushed>? flushing)
    {
        _complete?.Invoke(SiteDirectory);
        _writeBehind?.Dispose();
        // A build that wrote most of the site flushes the file system, where the unwritten data is mostly its own; one
        // that wrote few files flushes only those, so that it never waits for what other programs have left unwritten.
        Flushed = flushing is null ? GenerationFlush.Whole(SiteDirectory, _carriedOver) : GenerationFlush.Written(SearchIndexFiles()).And(flushing.GetAwaiter().GetResult());
        var name = Path.GetFileName(SiteDirectory);
        var link = Path.Combine(_outputDirectory, $".site-{name}");
        File.Delete(link);
        // A relative link: the output folder can be moved or copied whole.
        File.CreateSymbolicLink(link, Path.Combine(GenerationsFolderName, name));
        var site = PublishedSiteDirectory;
        if (Directory.Exists(site) && new DirectoryInfo(site).LinkTarget is null)
        {
            // A site published as a plain folder by an earlier version of SiteGen becomes a generation, the one
            // replaced (this one switch is two renames, with a moment between them without a site).
            Directory.Move(site, Path.Combine(_outputDirectory, GenerationsFolderName, $"{name}-replaced"));
        }

        SystemCalls.Replace(link, site);
        _published = true;
        // Commits the switch, and with it (in a journaling file system's order) every folder, link and rename before it.
        SystemCalls.FlushFolder(_outputDirectory);
    }

    // The search index is written whole into the new generation just before the switch, whatever the build wrote.
    private string[] SearchIndexFiles()
    {
        var index = Path.Combine(SiteDirectory, Searching.SearchIndexer.FolderName);
        return Directory.Exists(index) ? Directory.GetFiles(index, "*", SearchOption.AllDirectories) : [];
    }

    private static int GenerationNumber(string folder) =>
        int.TryParse(Path.GetFileName(folder), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static void RemoveQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Tried again by the next build; what is left is never published.
        }
    }
}
