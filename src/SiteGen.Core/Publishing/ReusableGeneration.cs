using System.IO.Enumeration;

namespace SiteGen.Core.Publishing;

/// <summary>
/// The generation the last build replaced, made ready to become the next one. It differs from the live generation
/// only by the files the last build wrote or removed, which a marker beside the generations lists
/// (<c>.generations/reusable</c>, lines of text), so a rebuild changes only those and its own files in it instead of
/// carrying the whole site over into a new folder and deleting the replaced one. The marker is written only once the
/// live generation is switched in, and removed before anything is changed; the generation is listed (names, lengths
/// and times) while the build runs and reused only if it is exactly what the marker and the live site's record say.
/// Anything else (no marker, an interrupted build, a file added, removed or replaced by hand) falls back to a new
/// generation. No file of the reused generation is ever written into: they share their contents with the live site.
/// </summary>
internal sealed class ReusableGeneration
{
    public const string MarkerName = "reusable";

    private const string ReuseLine = "reuse ";
    private const string LiveLine = "live ";
    private const string ReplaceLine = "replace ";
    private const string AddLine = "add ";
    private const string DropLine = "drop ";

    private readonly string _marker;
    private readonly string _text;
    private readonly HashSet<string> _replace;
    private readonly HashSet<string> _add;
    private readonly HashSet<string> _drop;
    private readonly Task<Dictionary<string, (long Length, long WriteTicks)>?> _listing;

    private ReusableGeneration(string folder, string marker, string text, HashSet<string> replace, HashSet<string> add, HashSet<string> drop)
    {
        Folder = folder;
        _marker = marker;
        _text = text;
        _replace = replace;
        _add = add;
        _drop = drop;
        _listing = Task.Run(() => List(folder));
    }

    /// <summary>The generation's folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// The generation the marker names as reusable beside <paramref name="live"/>, its listing started; null when there
    /// is no marker or it does not describe the live generation. The marker is removed in any case: from here on the
    /// generation may be changed.
    /// </summary>
    public static ReusableGeneration? Take(string generations, string? live)
    {
        var marker = Path.Combine(generations, MarkerName);
        string text;
        try
        {
            text = File.ReadAllText(marker);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        File.Delete(marker);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (live is null || lines.Length < 2 || !lines[0].StartsWith(ReuseLine, StringComparison.Ordinal) || lines[1] != LiveLine + Path.GetFileName(live)
            || Path.GetDirectoryName(live) != generations)
        {
            return null;
        }

        var folder = Path.Combine(generations, lines[0][ReuseLine.Length..]);
        if (Path.GetDirectoryName(folder) != generations || folder == live || !Directory.Exists(folder))
        {
            return null;
        }

        HashSet<string> replace = new(StringComparer.Ordinal), add = new(StringComparer.Ordinal), drop = new(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(2))
        {
            var added = line.StartsWith(ReplaceLine, StringComparison.Ordinal) ? replace.Add(line[ReplaceLine.Length..])
                : line.StartsWith(AddLine, StringComparison.Ordinal) ? add.Add(line[AddLine.Length..])
                : line.StartsWith(DropLine, StringComparison.Ordinal) && drop.Add(line[DropLine.Length..]);
            if (!added)
            {
                return null;
            }
        }

        return new ReusableGeneration(folder, marker, text, replace, add, drop);
    }

    /// <summary>
    /// Marks <paramref name="replaced"/> as reusable beside the new live generation <paramref name="live"/>: the files
    /// this build wrote (<paramref name="written"/>) and those of the replaced site it no longer publishes are all
    /// they differ by. Called once the new generation is switched in.
    /// </summary>
    public static void Mark(string replaced, string live, IReadOnlySet<string> written, IReadOnlyDictionary<string, RecordedFile> replacedFiles, IReadOnlySet<string> liveFiles)
    {
        var lines = new List<string> { ReuseLine + Path.GetFileName(replaced), LiveLine + Path.GetFileName(live) };
        lines.AddRange(written.Where(replacedFiles.ContainsKey).Order(StringComparer.Ordinal).Select(path => ReplaceLine + path));
        lines.AddRange(written.Where(path => !replacedFiles.ContainsKey(path)).Order(StringComparer.Ordinal).Select(path => AddLine + path));
        lines.AddRange(replacedFiles.Keys.Where(path => !liveFiles.Contains(path) && !written.Contains(path)).Order(StringComparer.Ordinal).Select(path => DropLine + path));
        if (lines.Any(line => line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal)))
        {
            return;
        }

        var marker = Path.Combine(Path.GetDirectoryName(live)!, MarkerName);
        File.WriteAllText(marker + ".tmp", string.Join('\n', lines) + "\n");
        File.Move(marker + ".tmp", marker, overwrite: true);
    }

    /// <summary>Puts the marker back, for a build that ends without having changed the generation.</summary>
    public void Restore() => File.WriteAllText(_marker, _text);

    /// <summary>
    /// Whether the generation holds exactly what the live site's record (<paramref name="liveFiles"/>) and the marker
    /// say: every file the two generations share, with the recorded length and time; the files the marker lists as
    /// its own; no other file or folder.
    /// </summary>
    public bool Matches(IReadOnlyDictionary<string, RecordedFile> liveFiles)
    {
        var listed = _listing.GetAwaiter().GetResult();
        if (listed is null || _replace.Concat(_add).Any(path => !liveFiles.ContainsKey(path)) || _drop.Any(liveFiles.ContainsKey))
        {
            return false;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        var expected = 0;
        foreach (var (path, file) in liveFiles)
        {
            if (_add.Contains(path))
            {
                continue;
            }

            expected++;
            AddFolders(folders, path);
            if (!listed.TryGetValue(path, out var stamp) || stamp.Length < 0 || (!_replace.Contains(path) && stamp != (file.Length, file.WriteTicks)))
            {
                return false;
            }
        }

        foreach (var path in _drop)
        {
            expected++;
            AddFolders(folders, path);
            if (!listed.TryGetValue(path, out var stamp) || stamp.Length < 0)
            {
                return false;
            }
        }

        // What is left in the listing are folders: each must hold an expected file.
        return listed.Count - expected == folders.Count && folders.All(folder => listed.TryGetValue(folder, out var stamp) && stamp.Length < 0);
    }

    /// <summary>
    /// Makes the generation the new one: the files it differs from the live generation by are linked from the live one
    /// or removed, each file this build wrote (in <paramref name="staged"/>) is moved in over its old name, the files
    /// the new site no longer publishes go, and the generation takes the staging folder's name. Returns the files
    /// moved in, by path in the site.
    /// </summary>
    public IReadOnlyList<string> Refill(string live, string staged, IReadOnlySet<string> siteFiles, IReadOnlyDictionary<string, RecordedFile> liveFiles)
    {
        var written = (List(staged, filesOnly: true) ?? throw new IOException($"{staged} holds a link")).Keys.ToList();
        // A file this build wrote replaces whatever the generation holds under its name: that name needs nothing else.
        var writtenNow = written.ToHashSet(StringComparer.Ordinal);
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _drop.Where(path => !writtenNow.Contains(path)))
        {
            Remove(path, emptied);
        }

        foreach (var path in _replace.Concat(_add).Where(path => !writtenNow.Contains(path)))
        {
            var target = Path.Combine(Folder, path);
            if (_replace.Contains(path))
            {
                File.Delete(target);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            }

            SystemCalls.TryLink(Path.Combine(live, path), target);
        }

        foreach (var path in written)
        {
            var target = Path.Combine(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staged, path), target, overwrite: true);
        }

        foreach (var path in liveFiles.Keys.Where(path => !siteFiles.Contains(path) && !writtenNow.Contains(path)))
        {
            Remove(path, emptied);
        }

        foreach (var folder in emptied.OrderByDescending(folder => folder.Length))
        {
            RemoveIfEmpty(folder);
        }

        Directory.Delete(staged, recursive: true);
        Directory.Move(Folder, staged);
        return written;
    }

    private void Remove(string path, HashSet<string> emptied)
    {
        var file = Path.Combine(Folder, path);
        File.Delete(file);
        for (var folder = Path.GetDirectoryName(file)!; folder.Length > Folder.Length; folder = Path.GetDirectoryName(folder)!)
        {
            emptied.Add(folder);
        }
    }

    private static void RemoveIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    private static void AddFolders(HashSet<string> folders, string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (!folders.Add(path[..slash]))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Every file (with its length and time) and folder (with a length of -1) under <paramref name="root"/>, by path relative to
    /// it with '/' between folders; null when the folder cannot be read or holds a link.
    /// </summary>
    private static Dictionary<string, (long Length, long WriteTicks)>? List(string root, bool filesOnly = false)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var links = 0;
        var entries = new FileSystemEnumerable<(string Path, bool Folder, long Length, long WriteTicks)>(
            root,
            (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    Interlocked.Increment(ref links);
                }

                var relative = Path.Join(entry.Directory[root.Length..].TrimStart(Path.DirectorySeparatorChar), entry.FileName).Replace('\\', '/');
                return entry.IsDirectory ? (relative, true, -1, 0) : (relative, false, entry.Length, entry.LastWriteTimeUtc.UtcDateTime.Ticks);
            },
            options)
        {
            // The search index is made again whole by every build, after this listing: whatever index a generation holds, it is reused.
            ShouldIncludePredicate = (ref FileSystemEntry entry) => (!filesOnly || !entry.IsDirectory) && !IsSearchIndex(ref entry, root),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !IsSearchIndex(ref entry, root),
        };
        try
        {
            var listed = entries.ToDictionary(entry => entry.Path, entry => (entry.Length, entry.WriteTicks), StringComparer.Ordinal);
            return links == 0 ? listed : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The search index folder at the root of a generation.
    private static bool IsSearchIndex(ref FileSystemEntry entry, string root) =>
        entry.IsDirectory && entry.FileName.SequenceEqual(Searching.SearchIndexer.FolderName) && entry.Directory.SequenceEqual(root.AsSpan().TrimEnd(Path.DirectorySeparatorChar));
}
