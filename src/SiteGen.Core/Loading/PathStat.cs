using System.Runtime.InteropServices;
using System.Text;

namespace SiteGen.Core.Loading;

/// <summary>What a path is (a file, a folder or nothing), with its length and time of last change (UTC ticks).</summary>
internal enum PathKind
{
    Missing,
    File,
    Directory,
    Other,
}

/// <summary>
/// One look at a path, following symbolic links: what it is, its length and time (UTC ticks). Kept for what .NET
/// does not say: whether a path is a FIFO, a device or a socket (<see cref="PathKind.Other"/>), which the loader
/// refuses before opening it (a FIFO blocks a read for ever). On Linux one <c>statx</c> system call; elsewhere, or
/// when <c>statx</c> is missing, <see cref="FileInfo"/> and <see cref="DirectoryInfo"/>.
/// </summary>
internal readonly partial record struct PathStat(PathKind Kind, long Length, long WriteTicks)
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeAndModeMask = 0x1; // STATX_TYPE
    private const uint ModificationTimeMask = 0x40; // STATX_MTIME
    private const uint SizeMask = 0x200; // STATX_SIZE
    private const int NoSuchEntry = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR

    private static bool s_statxRefused = !OperatingSystem.IsLinux();

    /// <summary>Whether paths are looked at with <c>statx</c> (until it is found missing).</summary>
    internal static bool UsesStatx => !Volatile.Read(ref s_statxRefused);

    public bool IsFile => Kind == PathKind.File;

    public bool IsDirectory => Kind == PathKind.Directory;

    public DateTime LastWriteTimeUtc => new(WriteTicks, DateTimeKind.Utc);

    public static PathStat Of(string path) => Of(path.AsSpan());

    /// <summary>One look at a path made in a buffer (as a rebuild makes each published folder's), not as a string.</summary>
    public static PathStat Of(ReadOnlySpan<char> path)
    {
        if (UsesStatx)
        {
            try
            {
                // Encoded as UTF-8 and ended with a NUL, on the stack unless the path is very long.
                const int OnTheStack = 1024;
                var length = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
                var bytes = length <= OnTheStack ? stackalloc byte[OnTheStack] : new byte[length];
                bytes[Encoding.UTF8.GetBytes(path, bytes)] = 0;
                if (statx(CurrentDirectory, in MemoryMarshal.GetReference(bytes), 0, TypeAndModeMask | ModificationTimeMask | SizeMask, out var status) == 0)
                {
                    return FromStatx(status);
                }

                if (Marshal.GetLastPInvokeError() is NoSuchEntry or NotADirectory)
                {
                    return default;
                }
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                Volatile.Write(ref s_statxRefused, true);
            }
        }

        return FromFileSystemInfo(path.ToString());
    }

    /// <summary>What .NET's own types say of a path: where <c>statx</c> is missing or fails other than for a missing path.</summary>
    internal static PathStat FromFileSystemInfo(string path)
    {
        var file = new FileInfo(path);
        if (file.Exists)
        {
            return new PathStat(PathKind.File, file.Length, file.LastWriteTimeUtc.Ticks);
        }

        var directory = new DirectoryInfo(path);
        return directory.Exists ? new PathStat(PathKind.Directory, 0, directory.LastWriteTimeUtc.Ticks) : default;
    }

    private static PathStat FromStatx(in Statx status)
    {
        var kind = (status.Mode & 0xF000) switch // S_IFMT
        {
            0x8000 => PathKind.File, // S_IFREG
            0x4000 => PathKind.Directory, // S_IFDIR
            _ => PathKind.Other,
        };
        var ticks = DateTime.UnixEpoch.Ticks + (status.ModificationSeconds * TimeSpan.TicksPerSecond) + (status.ModificationNanoseconds / 100);
        return new PathStat(kind, kind == PathKind.Directory ? 0 : (long)status.Size, ticks);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int statx(int directory, in byte path, int flags, uint mask, out Statx status);

    /// <summary>Linux's <c>struct statx</c>, the fields read here at their offsets (the same on every architecture).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long ModificationSeconds;

        [FieldOffset(120)]
        public uint ModificationNanoseconds;
    }
}
