namespace SiteGen.Core.Publishing;

/// <summary>
/// A build's private staging folder beside the published site (<c>output/.staging</c>). Everything is written
/// there; <see cref="Publish"/> swaps it in for <c>output/site</c> only when the whole build succeeded. Disposed
/// without publishing (an error, a template failure, Ctrl-C, a full disk), it removes itself and leaves the
/// previous site exactly as it was. An incremental build stages only what changed and publishes it file by file
/// (<see cref="PublishChanges"/>).
/// </summary>
public sealed class StagedOutput : IDisposable
{
    public const string SiteFolderName = "site";

    private readonly string _outputDirectory;
    private readonly string _staging;
    private bool _published;

    public StagedOutput(string outputDirectory)
    {
        _outputDirectory = Path.GetFullPath(outputDirectory);
        _staging = Path.Combine(_outputDirectory, ".staging");
        Directory.CreateDirectory(_outputDirectory);
        DeleteIfExists(_staging);
        Directory.CreateDirectory(SiteDirectory);
    }

    /// <summary>Where this build writes the site.</summary>
    public string SiteDirectory => Path.Combine(_staging, SiteFolderName);

    /// <summary>Where the published site is.</summary>
    public string PublishedSiteDirectory => PublishedSiteIn(_outputDirectory);

    /// <summary>Where the site published in an output folder is (a full path).</summary>
    public static string PublishedSiteIn(string outputDirectory) => Path.Combine(Path.GetFullPath(outputDirectory), SiteFolderName);

    /// <summary>Swaps the staged site in for the published one.</summary>
    public void Publish()
    {
        var previous = Path.Combine(_outputDirectory, ".previous");
        DeleteIfExists(previous);
        var hadSite = Directory.Exists(PublishedSiteDirectory);
        if (hadSite)
        {
            Directory.Move(PublishedSiteDirectory, previous);
        }

        try
        {
            Directory.Move(SiteDirectory, PublishedSiteDirectory);
        }
        catch
        {
            if (hadSite)
            {
                Directory.Move(previous, PublishedSiteDirectory);
            }

            throw;
        }

        _published = true;
        DeleteIfExists(previous);
        DeleteIfExists(_staging);
    }

    /// <summary>
    /// Publishes an incremental build: moves each staged file over its published namesake (every file replaced
    /// atomically; the documents left out of the staging folder stay as they are), then removes the files no longer
    /// built (site-relative paths) and the folders they leave empty.
    /// </summary>
    public void PublishChanges(IEnumerable<string> obsoleteFiles)
    {
        foreach (var staged in Directory.EnumerateFiles(SiteDirectory, "*", SearchOption.AllDirectories).ToList())
        {
            var target = Path.Combine(PublishedSiteDirectory, Path.GetRelativePath(SiteDirectory, staged));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
        }

        foreach (var obsolete in obsoleteFiles)
        {
            var path = Path.Combine(PublishedSiteDirectory, obsolete);
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!);
        }

        _published = true;
        DeleteIfExists(_staging);
    }

    public void Dispose()
    {
        if (!_published)
        {
            DeleteIfExists(_staging);
        }
    }

    // From a folder up to (not including) the site root, removes each folder that is empty.
    private void RemoveEmptyFolders(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(PublishedSiteDirectory);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
