using SiteGen.Core.Loading;

namespace SiteGen.Core.Incremental;

/// <summary>
/// A file's length and time of last change (UTC ticks) as a build saw it. While a file keeps its stamp, the next
/// build takes what was recorded about it instead of reading it, unless it changed too close to the time the record
/// was written for its time to tell (<see cref="BuildManifest.TrustedBefore"/>).
/// </summary>
internal readonly record struct FileStamp(long Length, long WriteTicks)
{
    /// <summary>The stamp of a file, or null when there is no file at the path (nothing, a folder, a FIFO or a device).</summary>
    public static FileStamp? Of(string path) => Of(path.AsSpan());

    /// <summary>The stamp of a file whose path is made in a buffer: a rebuild looks at every published file.</summary>
    public static FileStamp? Of(ReadOnlySpan<char> path)
    {
        var stat = PathStat.Of(path);
        return stat.IsFile ? new FileStamp(stat.Length, stat.WriteTicks) : null;
    }

    /// <summary>Whether the file still has this stamp and its time can be trusted.</summary>
    public bool Matches(FileStamp? now, DateTime trustedBefore) => now == this && WriteTicks < trustedBefore.Ticks;
}
