namespace SiteGen.Core.Incremental;

/// <summary>
/// A file's length and time of last change (UTC ticks) as a build saw it. While a file keeps its stamp, the next
/// build takes what was recorded about it instead of reading it, unless it changed too close to the time the record
/// was written for its time to tell (<see cref="BuildManifest.TrustedBefore"/>).
/// </summary>
internal readonly record struct FileStamp(long Length, long WriteTicks)
{
    /// <summary>The stamp of a file, or null when there is no file at the path.</summary>
    public static FileStamp? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>Whether the file still has this stamp and its time can be trusted.</summary>
    public bool Matches(FileStamp? now, DateTime trustedBefore) => now == this && WriteTicks < trustedBefore.Ticks;
}
