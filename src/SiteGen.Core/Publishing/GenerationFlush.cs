namespace SiteGen.Core.Publishing;

/// <summary>
/// Puts a new generation of the site on disk before it is published: the data of every file this build wrote into
/// it, the entries of each of its folders, and its own entry in the generations folder. Files carried over from the
/// live generation as hard links are on disk already and are not flushed again, so a rebuild pays only for what
/// it wrote. The flushes wait on the disk more than on a core, so several run at once.
/// </summary>
internal static class GenerationFlush
{
    // Flushes in flight at once: enough to keep a disk's queue full, few enough not to crowd a small machine.
    private const int InFlight = 8;

    /// <param name="generation">The generation's folder.</param>
    /// <param name="carried">Whether a file in it (by full path) is a link to a file of the live generation.</param>
    public static void Flush(string generation, Func<string, bool> carried)
    {
        var files = Directory.EnumerateFiles(generation, "*", SearchOption.AllDirectories).Where(file => !carried(file));
        var folders = Directory.EnumerateDirectories(generation, "*", SearchOption.AllDirectories).Append(generation);
        var options = new ParallelOptions { MaxDegreeOfParallelism = InFlight };
        Parallel.ForEach(files, options, SystemCalls.FlushFile);
        Parallel.ForEach(folders, options, SystemCalls.FlushFolder);
        SystemCalls.FlushFolder(Path.GetDirectoryName(generation)!);
    }
}
