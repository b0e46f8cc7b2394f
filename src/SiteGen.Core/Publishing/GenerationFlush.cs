namespace SiteGen.Core.Publishing;

/// <summary>
/// Puts a new generation of the site on disk before it is published, in one of two ways chosen by how much of it the
/// build wrote. A build that wrote most of the site (<see cref="Whole"/>) flushes it all: on Linux one flush of the file
/// system, whose unwritten data is then mostly this build's own; elsewhere each file and folder, except files carried
/// over from the live generation as hard links (on disk already). A build that wrote few files (<see cref="Written"/>,
/// a rebuild) flushes only the data of those files and never the file system, which would also wait for every other
/// program's unwritten changes; its new folders, links and renames reach the disk with the flush of the output folder
/// after the switch (<see cref="StagedOutput"/>), because a journaling file system (ext4, XFS) commits changes to names
/// in the order they were made, and that flush commits everything made before the switch. Flushes run several at once
/// since they wait on the disk more than on a core.
/// </summary>
internal static class GenerationFlush
{
    // Flushes in flight at once: enough to keep a disk's queue full, few enough not to crowd a small machine.
    private const int InFlight = 8;

    /// <summary>Flushes a generation the build wrote most of.</summary>
    /// <param name="generation">The generation's folder.</param>
    /// <param name="carried">Whether a file in it (by full path) is a link to a file of the live generation.</param>
    public static GenerationFlushed Whole(string generation, Func<string, bool> carried)
    {
        if (SystemCalls.TryFlushFileSystem(generation))
        {
            return new GenerationFlushed(FileSystem: true, Files: 0);
        }

        var files = Directory.EnumerateFiles(generation, "*", SearchOption.AllDirectories).Where(file => !carried(file)).ToList();
        var folders = Directory.EnumerateDirectories(generation, "*", SearchOption.AllDirectories).Append(generation);
        var options = new ParallelOptions { MaxDegreeOfParallelism = InFlight };
        Parallel.ForEach(files, options, SystemCalls.FlushFile);
        Parallel.ForEach(folders, options, SystemCalls.FlushFolder);
        SystemCalls.FlushFolder(Path.GetDirectoryName(generation)!);
        return new GenerationFlushed(FileSystem: false, Files: files.Count);
    }

    /// <summary>
    /// Starts <see cref="Written"/> on another core, the files opened first: the flushes wait on the disk, which can
    /// work while the build moves the files into place.
    /// </summary>
    public static Task<GenerationFlushed> Start(IReadOnlyCollection<string> files)
    {
        var handles = new List<Microsoft.Win32.SafeHandles.SafeFileHandle>(files.Count);
        try
        {
            handles.AddRange(files.Select(SystemCalls.OpenToFlush));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            handles.ForEach(handle => handle.Dispose());
            throw;
        }

        return Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(handles, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, RandomAccess.FlushToDisk);
                return new GenerationFlushed(FileSystem: false, Files: handles.Count);
            }
            finally
            {
                handles.ForEach(handle => handle.Dispose());
            }
        });
    }

    /// <summary>Flushes the data of the files (full paths) a build that wrote few of the generation's files wrote.</summary>
    public static GenerationFlushed Written(IReadOnlyCollection<string> files)
    {
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, SystemCalls.FlushFile);
        return new GenerationFlushed(FileSystem: false, Files: files.Count);
    }
}
