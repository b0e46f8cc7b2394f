using System.Runtime.InteropServices;

namespace SiteGen.Core.Publishing;

/// <summary>
/// The two system calls publishing makes itself, because .NET has no API for them: <c>link(2)</c> gives a published
/// file a second name in the next generation of the site (copying every unchanged file at each rebuild would cost
/// what the rebuild saves; where the file system has no hard links the file is copied), and <c>rename(2)</c>
/// replaces the link <c>site</c> (.NET's <see cref="File.Move(string, string, bool)"/> refuses a link to a folder).
/// </summary>
internal static partial class SystemCalls
{
    private const int NotPermitted = 1; // EPERM: the file system has no hard links
    private const int NoSuchEntry = 2; // ENOENT
    private const int AlreadyExists = 17; // EEXIST
    private const int TooManyLinks = 31; // EMLINK
    private const int NotSupported = 95; // EOPNOTSUPP

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

    private static bool Copy(string source, string target)
    {
        if (File.Exists(target))
        {
            return false;
        }

        File.Copy(source, target);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string added);

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Rename(string from, string to);
}
