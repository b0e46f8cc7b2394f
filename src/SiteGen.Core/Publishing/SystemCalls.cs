using System.Runtime.InteropServices;

namespace SiteGen.Core.Publishing;

/// <summary>
/// The system calls publishing makes itself, because .NET has no API for them: <c>link(2)</c> gives a published
/// file a second name in the next generation of the site (copying every unchanged file at each rebuild would cost
/// what the rebuild saves; where the file system has no hard links the file is copied, and flushed to disk),
/// <c>rename(2)</c> replaces the link <c>site</c> (.NET's <see cref="File.Move(string, string, bool)"/> refuses a
/// link to a folder), <c>open(2)</c> and <c>fsync(2)</c> flush a folder's entries to disk (.NET opens no
/// folder; <see cref="RandomAccess.FlushToDisk"/> flushes files), and on Linux <c>syncfs(2)</c> flushes a whole
/// file system in one call.
/// </summary>
internal static partial class SystemCalls
{
    private const int NotPermitted = 1; // EPERM: the file system has no hard links
    private const int NoSuchEntry = 2; // ENOENT
    private const int AlreadyExists = 17; // EEXIST
    private const int TooManyLinks = 31; // EMLINK
    private const int NotSupported = 95; // EOPNOTSUPP
    private const int ReadOnly = 0; // O_RDONLY, enough to open a folder for fsync

    /// <summary>
    /// Gives <paramref name="source"/> the name <paramref name="target"/> as well (copies it where links are not
    /// possible); returns false when <paramref name="target"/> exists already. The target's folder must exist.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no <paramref name="source"/> (or no folder for the target).</exception>
    public static bool TryLink(string source, string target)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return Copy(source, target);
        }

        if (Link(source, target) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error switch
        {
            AlreadyExists => false,
            NoSuchEntry when File.Exists(target) => false,
            NoSuchEntry => throw new FileNotFoundException($"{source} is missing", source),
            NotPermitted or TooManyLinks or NotSupported => Copy(source, target),
            _ => throw new IOException($"{target}: {Marshal.GetPInvokeErrorMessage(error)}"),
        };
    }

    /// <summary>Renames <paramref name="source"/> to <paramref name="target"/>, replacing it in one step (a link or a file).</summary>
    public static void Replace(string source, string target)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            File.Move(source, target, overwrite: true);
            return;
        }

        if (Rename(source, target) != 0)
        {
            throw new IOException($"{target}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
    }

    /// <summary>Flushes a folder's entries (the names in it) to disk; where a folder cannot be flushed (Windows), the system keeps them.</summary>
    public static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            WithDescriptor(folder, Fsync);
        }
    }

    /// <summary>Whether a whole file system can be flushed in one call (<see cref="TryFlushFileSystem"/>).</summary>
    public static bool CanFlushFileSystem => OperatingSystem.IsLinux();

    /// <summary>
    /// Flushes everything written to the file system that holds <paramref name="path"/> (Linux only: elsewhere
    /// returns false and nothing is flushed).
    /// </summary>
    public static bool TryFlushFileSystem(string path)
    {
        if (!CanFlushFileSystem)
        {
            return false;
        }

        WithDescriptor(path, Syncfs);
        return true;
    }

    /// <summary>Opens a file or folder read-only, makes the call on its descriptor and closes it; a failure is an <see cref="IOException"/>.</summary>
    private static void WithDescriptor(string path, Func<int, int> call)
    {
        var descriptor = Open(path, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"{path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        try
        {
            if (call(descriptor) != 0)
            {
                throw new IOException($"{path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>Flushes a file's data to disk.</summary>
    public static void FlushFile(string file)
    {
        using var handle = OpenToFlush(file);
        RandomAccess.FlushToDisk(handle);
    }

    /// <summary>Opens a file for <see cref="RandomAccess.FlushToDisk"/>; it can be moved or removed while it is open.</summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle OpenToFlush(string file) =>
        File.OpenHandle(file, FileMode.Open, OperatingSystem.IsWindows() ? FileAccess.Write : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static bool Copy(string source, string target)
    {
        if (File.Exists(target))
        {
            return false;
        }

        // A copy is new data, which the generation's flush before the switch leaves to the one that made it.
        File.Copy(source, target);
        FlushFile(target);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string added);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int Syncfs(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Rename(string from, string to);
}
