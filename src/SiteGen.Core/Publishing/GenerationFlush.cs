namespace SiteGen.Core.Publishing;

/// <summary>
/// Puts a new generation of the site on disk before it is published: the data of every file this build wrote into
/// it, the entries of each of its folders, and its own entry in the generations folder. On Linux this is one flush of
/// the file system, which waits only for what is not on disk yet; elsewhere each file and folder is flushed, except
/// files carried over from the live generation as hard links (on disk already), several at once since the flushes
/// wait on the disk more than on a core.
/// </summary>
internal static class GenerationFlush
{
    // Flushes in flight at once: enough to keep a disk's queue full, few enough not to crowd a small machine.
    private const int InFlight = 8;

    /// <param name="generation">The generation's folder.</param>
    /// <param name="carried">Whether a file in it (by full path) is a link to a file of the live generation.</param>
    public static void Flush(string generation, Func<string, bool> carried)
    {
        if (SystemCalls.TryFlushFileSystem(generation))
        {
            return;
        }

        var files = Directory.EnumerateFiles(generation, "*", SearchOption.AllDirectories).Where(file => !carried(file));
        var folders = Directory.EnumerateDirectories(generation, "*", SearchOption.AllDirectories).Append(generation);
        var options = new ParallelOptions { MaxDegreeOfParallelism = InFlight };
        Parallel.ForEach(files, options, SystemCalls.FlushFile);
        Parallel.ForEach(folders, options, SystemCalls.FlushFolder);
        SystemCalls.FlushFolder(Path.GetDirectoryName(generation)!);
    }
}
