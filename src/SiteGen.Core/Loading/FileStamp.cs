namespace SiteGen.Core.Loading;

/// <summary>
/// A file's length and time of last change (UTC ticks) as a build saw it. While a file still has its stamp, the
/// next build takes what was recorded about it instead of reading it, unless it changed too close to the time the
/// record was written for its time to tell (see <see cref="Build.BuildManifest"/>).
/// </summary>
internal readonly record struct FileStamp(long Length, long WriteTicks)
{
    public static FileStamp Of(PathStat file) => new(file.Length, file.WriteTicks);

    /// <summary>Whether the file still has this length and time, and the time can be trusted.</summary>
    public bool Matches(PathStat file, DateTime trustedBefore) =>
        file.IsFile && file.Length == Length && file.WriteTicks == WriteTicks && file.LastWriteTimeUtc < trustedBefore;
}
